// Summaries of function results, computed by running the borrow analysis on the callee.
#include "engine/analyses/borrow_summary.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/borrow_analysis.h"
#include "engine/ir/function_body.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/Analysis/CFG.h>
#include <clang/Basic/SourceManager.h>

namespace ownlings::engine {

std::optional<ReturnBorrows> SummaryCache::returnBorrows(const clang::FunctionDecl* fn) {
    const clang::FunctionDecl* definition = fn ? fn->getDefinition() : nullptr;
    if (!definition || !definition->hasBody()) return std::nullopt;
    const clang::SourceManager& sources = m_ast.getSourceManager();
    if (!sources.isInMainFile(sources.getExpansionLoc(definition->getLocation()))) return std::nullopt;
    if (auto done = m_done.find(definition); done != m_done.end()) return done->second;
    if (!m_inProgress.insert(definition).second) return std::nullopt; // recursion: judge by the signature
    std::optional<ReturnBorrows> summary;
    const FunctionBody body = buildFunctionBody(*definition, m_ast);
    if (body.cfg) {
        std::vector<Diagnostic> ignored;
        const RuleSet none;
        const FunctionContext context{m_ast, body, m_spans, none, ignored, this};
        summary = summariseReturns(context);
    }
    m_inProgress.erase(definition);
    m_done[definition] = summary;
    return summary;
}

} // namespace ownlings::engine
