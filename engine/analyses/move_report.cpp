// Wording of use-after-move findings, in the manner of rustc's E0382.
#include "engine/analyses/move_report.h"

#include "engine/analyses/analysis.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/span_maker.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>

namespace ownlings::engine {
namespace {

std::string backticked(const std::string& text) { return "`" + text + "`"; }

/// The type as the learner wrote it (`std::string`), unless that spelling is a
/// library-internal alias (`__detail::__unique_ptr_t<Job>`): then the class itself.
std::string typeName(clang::QualType type, const clang::ASTContext& ast) {
    clang::PrintingPolicy policy = ast.getPrintingPolicy();
    policy.SuppressTagKeyword = true;
    policy.SuppressUnwrittenScope = true;
    type = type.getNonReferenceType().getUnqualifiedType();
    std::string written = type.getAsString(policy);
    if (written.find("__") == std::string::npos) return written;
    return type.getCanonicalType().getAsString(policy);
}

bool isCopyable(clang::QualType type) {
    const clang::CXXRecordDecl* record = type.getNonReferenceType()->getAsCXXRecordDecl();
    if (!record || !record->hasDefinition()) return true;
    if (isStdClass(type, {"unique_ptr", "thread", "jthread", "promise", "future", "unique_lock"})) return false;
    for (const clang::CXXConstructorDecl* ctor : record->ctors())
        if (ctor->isCopyConstructor()) return !ctor->isDeleted();
    return !record->defaultedCopyConstructorIsDeleted();
}

bool movedInPreviousIteration(const clang::SourceManager& sources, const clang::CallExpr* cast,
                              const clang::Expr* use) {
    return !sources.isBeforeInTranslationUnit(sources.getExpansionLoc(cast->getBeginLoc()),
                                              sources.getExpansionLoc(use->getBeginLoc()));
}

std::string note(const clang::Expr* moved, const clang::ASTContext& ast) {
    const std::string type = backticked(typeName(moved->getType(), ast));
    if (isStdClass(moved->getType(), {"unique_ptr", "shared_ptr"}))
        return "a moved-from " + type + " is null: dereferencing it is undefined behaviour";
    return type + " has no defined state after a move";
}

std::string help(const FunctionContext& context, const std::string& name, const MoveReportSite& first,
                 bool loop, const clang::Expr* moved) {
    if (loop)
        return "move " + backticked(name) + " out of the loop so that it is moved only once, or give it a new value "
               "before the next iteration";
    std::string owner;
    std::string copy;
    if (first.intoVariable) {
        owner = first.intoVariable->getNameAsString();
        copy = "auto " + owner + " = " + name + ";";
    } else if (first.intoExpression) {
        owner = context.spans.text(first.intoExpression->getSourceRange());
        copy = owner + " = " + name + ";";
    }
    const bool copyable = isCopyable(moved->getType());
    if (isSmartPointer(moved->getType()))
        return owner.empty() ? "check " + backticked(name) + " for null before using it, or use the object through its new owner"
                             : "use " + backticked(owner) + " instead: it owns the object now";
    if (!owner.empty())
        return "use " + backticked(owner) + " instead" + (copyable ? ", or copy with " + backticked(copy) : std::string());
    if (copyable)
        return "if " + backticked(name) + " is still needed, pass a copy instead of moving it, or move it after its last use";
    return "move " + backticked(name) + " only after its last use";
}

} // namespace

Diagnostic makeUseAfterMoveReport(const FunctionContext& context, const clang::Expr* use,
                                  std::vector<MoveReportSite> sites, bool partial) {
    const clang::SourceManager& sources = context.ast.getSourceManager();
    std::sort(sites.begin(), sites.end(), [&](const MoveReportSite& a, const MoveReportSite& b) {
        return sources.isBeforeInTranslationUnit(a.cast->getBeginLoc(), b.cast->getBeginLoc());
    });
    // Name what was moved (`map`, even when the use is `map.weight`), or for a
    // partial move the whole object that is used (`o` after `o.name` moved).
    const clang::Expr* moved = sites.front().cast->getArg(0)->IgnoreParenImpCasts();
    const std::string name = context.spans.text((partial ? use : moved)->getSourceRange());
    const RuleInfo& rule = ruleInfo(RuleId::UseAfterMove);

    Diagnostic finding;
    finding.rule = rule.id;
    finding.severity = severityOf(rule.id);
    finding.rustCode = std::string(rule.rustCode);
    finding.message = (partial ? "use of partially moved value: " : "use of moved value: ") + backticked(name);
    finding.primary = context.spans.span(use->getSourceRange());
    finding.primaryLabel = "value used here after move";

    bool loop = false;
    for (const MoveReportSite& site : sites) {
        if (site.cast->getArg(0)->IgnoreParenImpCasts() == use) {
            // The use is this very move, reached again through the loop's back edge.
            finding.primaryLabel = "value moved here, in previous iteration of loop";
            loop = true;
            continue;
        }
        const bool previous = movedInPreviousIteration(sources, site.cast, use);
        loop |= previous;
        finding.labels.push_back({context.spans.span(site.cast->getSourceRange()),
                                  previous ? "value moved here, in previous iteration of loop" : "value moved here"});
    }
    finding.notes.push_back(note(moved, context.ast));
    finding.help = help(context, name, sites.front(), loop, moved);
    return finding;
}

} // namespace ownlings::engine
