// The list of analyses, and which rules are implemented because of it.
#include "engine/analyses/analysis.h"

#include "engine/analyses/borrow_analysis.h"
#include "engine/analyses/move_analysis.h"
#include "engine/analyses/move_discipline.h"
#include "engine/analyses/needless_copy.h"
#include "engine/analyses/raw_pointer_rule.h"

#include <algorithm>
#include <array>

namespace ownlings::engine {
namespace {

constexpr std::array kMoveRules{RuleId::UseAfterMove};
constexpr std::array kBorrowRules{RuleId::DanglingReference,      RuleId::DanglingTemporary,
                                  RuleId::InvalidatedReference,   RuleId::MoveWhileBorrowed,
                                  RuleId::UseAfterDelete,         RuleId::ReturnLocalReference,
                                  RuleId::EscapingReferenceCapture, RuleId::DoubleOwnership,
                                  RuleId::Leak,                   RuleId::ExclusiveMutableBorrow};

constexpr std::array kRawPointerRules{RuleId::RawOwningPointer};
constexpr std::array kMoveDisciplineRules{RuleId::MoveOfConst, RuleId::PessimizingMove};
constexpr std::array kNeedlessCopyRules{RuleId::NeedlessCopy};

const std::array kAnalyses{
    AnalysisEntry{"moves", kMoveRules, &runMoveAnalysis},
    AnalysisEntry{"borrows", kBorrowRules, &runBorrowAnalysis},
    AnalysisEntry{"raw pointers", kRawPointerRules, &runRawPointerRule},
    AnalysisEntry{"move discipline", kMoveDisciplineRules, &runMoveDiscipline},
    AnalysisEntry{"needless copy", kNeedlessCopyRules, &runNeedlessCopy},
};

} // namespace

void FunctionContext::report(Diagnostic finding) const {
    if (finding.rule && enabled(*finding.rule)) findings.push_back(std::move(finding));
}

std::span<const AnalysisEntry> registeredAnalyses() { return kAnalyses; }

bool isImplemented(RuleId id) {
    return std::any_of(kAnalyses.begin(), kAnalyses.end(), [id](const AnalysisEntry& entry) {
        return std::find(entry.rules.begin(), entry.rules.end(), id) != entry.rules.end();
    });
}

} // namespace ownlings::engine
