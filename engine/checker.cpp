// Parse, then run every enabled analysis over every function of the main file.
#include "engine/checker.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/borrow_summary.h"
#include "engine/diagnostics/suppressions.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"
#include "engine/parse/source_input.h"
#include "engine/parse/translation_unit.h"

#include <clang/Analysis/CFG.h>
#include <clang/Frontend/ASTUnit.h>
#include <llvm/Support/CrashRecoveryContext.h>

#include <algorithm>
#include <tuple>

namespace ownlings::engine {
namespace {

bool wantsAny(const AnalysisEntry& analysis, const RuleSet& rules) {
    return std::any_of(analysis.rules.begin(), analysis.rules.end(),
                       [&](RuleId id) { return rules.contains(id); });
}

std::vector<Diagnostic> analyse(clang::ASTUnit& unit, const std::string& displayPath, const RuleSet& rules) {
    clang::ASTContext& ast = unit.getASTContext();
    const SpanMaker spans(unit.getSourceManager(), unit.getLangOpts(), displayPath);
    std::vector<Diagnostic> findings;
    SummaryCache summaries(ast, spans);
    for (const clang::FunctionDecl* fn : mainFileFunctions(ast)) {
        const FunctionBody body = buildFunctionBody(*fn, ast);
        if (!body.cfg) continue;
        const FunctionContext context{ast, body, spans, rules, findings, &summaries};
        for (const AnalysisEntry& analysis : registeredAnalyses())
            if (wantsAny(analysis, rules)) analysis.run(context);
    }
    return findings;
}

void sortAndDeduplicate(std::vector<Diagnostic>& findings) {
    auto key = [](const Diagnostic& d) { return std::tie(d.primary.line, d.primary.column, d.rule); };
    std::stable_sort(findings.begin(), findings.end(), [&](const auto& a, const auto& b) { return key(a) < key(b); });
    findings.erase(std::unique(findings.begin(), findings.end(),
                               [&](const auto& a, const auto& b) { return key(a) == key(b); }),
                   findings.end());
}

FileReport checkWith(TranslationUnitParser& parser, const std::string& source, const std::string& path,
                     const CheckOptions& options) {
    FileReport report;
    report.path = path;
    report.source = source;
    if (auto problem = sourceTextProblem(source, path)) {
        report.status = FileStatus::InputError;
        report.error = *problem;
        report.source.clear();
        return report;
    }
    llvm::CrashRecoveryContext::Enable();
    llvm::CrashRecoveryContext recovery;
    const bool finished = recovery.RunSafely([&] {
        ParseResult parsed = parser.parse(source, path, path, options.compilerArgs);
        report.compilerErrors = std::move(parsed.errors);
        if (!parsed.ast || !report.compilerErrors.empty()) {
            report.status = FileStatus::CompileError;
            if (report.compilerErrors.empty()) report.error = parsed.failure;
            return;
        }
        report.findings = analyse(*parsed.ast, path, options.rules);
        if (options.honourSuppressions) applySuppressions(source, report.findings);
    });
    if (!finished) {
        report.status = FileStatus::InternalError;
        report.error = "the checker crashed on this file; please report it with the file attached";
        report.findings.clear();
    }
    sortAndDeduplicate(report.findings);
    return report;
}

} // namespace

FileReport checkSource(const std::string& source, const std::string& path, const CheckOptions& options) {
    TranslationUnitParser parser(/*keepPreamble=*/false);
    return checkWith(parser, source, path, options);
}

FileReport checkFile(const std::filesystem::path& path, const CheckOptions& options) {
    SourceRead read = readSourceFile(path);
    if (!read.text) {
        FileReport report;
        report.path = path.string();
        report.status = FileStatus::InputError;
        report.error = read.error;
        return report;
    }
    return checkSource(*read.text, path.string(), options);
}

CheckSession::CheckSession() : m_parser(std::make_unique<TranslationUnitParser>(/*keepPreamble=*/true)) {}
CheckSession::~CheckSession() = default;

FileReport CheckSession::check(const std::string& source, const std::string& path, const CheckOptions& options) {
    return checkWith(*m_parser, source, path, options);
}

} // namespace ownlings::engine
