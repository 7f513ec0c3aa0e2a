#pragma once
// What every analysis gets for one function, and the list of analyses.

#include "engine/diagnostics/diagnostic.h"
#include "engine/rules.h"

#include <span>
#include <string_view>
#include <vector>

namespace clang {
class ASTContext;
}

namespace ownlings::engine {

struct FunctionBody;
class SpanMaker;
class SummaryCache;

/// One function under analysis. Analyses report findings through `report`,
/// which drops findings of rules that are switched off.
struct FunctionContext {
    clang::ASTContext& ast;
    const FunctionBody& body;
    const SpanMaker& spans;
    const RuleSet& rules;
    std::vector<Diagnostic>& findings;
    SummaryCache* summaries = nullptr; ///< what functions of this file return, shared by all functions

    bool enabled(RuleId rule) const { return rules.contains(rule); }
    void report(Diagnostic finding) const;
};

using FunctionAnalysis = void (*)(const FunctionContext&);

/// An analysis and the rules whose findings it produces.
struct AnalysisEntry {
    std::string_view name;
    std::span<const RuleId> rules;
    FunctionAnalysis run;
};

/// Every analysis the engine runs, in order.
std::span<const AnalysisEntry> registeredAnalyses();

} // namespace ownlings::engine
