// Names of stages and modes, and the summaries a GradeResult offers.

#include "app/course/grading/grade_request.h"
#include "app/course/grading/grade_result.h"

#include <array>
#include <utility>

namespace ownlings::course {

namespace {

constexpr std::array kStageNames{
    std::pair{GradeStage::Setup, "setup"}, std::pair{GradeStage::Locked, "locked"},
    std::pair{GradeStage::Check, "check"}, std::pair{GradeStage::Compile, "compile"},
    std::pair{GradeStage::Run, "run"},     std::pair{GradeStage::Test, "test"},
    std::pair{GradeStage::Done, "done"},
};

constexpr std::array kModeNames{
    std::pair{GradeMode::Check, "check"},
    std::pair{GradeMode::Run, "run"},
    std::pair{GradeMode::Test, "test"},
};

engine::Diagnostic lockedDiagnostic(const LockedRegionViolation& violation)
{
    engine::Diagnostic diagnostic;
    diagnostic.message = violation.message.toStdString();
    if (violation.learnerLine > 0) {
        diagnostic.primary.file = violation.file.toStdString();
        diagnostic.primary.line = static_cast<unsigned>(violation.learnerLine);
        diagnostic.primary.column = 1;
        diagnostic.primary.endLine = diagnostic.primary.line;
        diagnostic.primary.endColumn = 1;
        diagnostic.primaryLabel = "locked: this must stay as in the starting code";
    }
    diagnostic.help = "reset the exercise, or copy the region back from its starting code";
    return diagnostic;
}

} // namespace

QString stageName(GradeStage stage)
{
    for (const auto& [value, name] : kStageNames) {
        if (value == stage)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<GradeStage> stageFromName(const QString& name)
{
    for (const auto& [value, text] : kStageNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString gradeModeName(GradeMode mode)
{
    for (const auto& [value, name] : kModeNames) {
        if (value == mode)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<GradeMode> gradeModeFromName(const QString& name)
{
    for (const auto& [value, text] : kModeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

qint64 GradeResult::totalMs() const
{
    qint64 total = 0;
    for (const StageTiming& timing : timings)
        total += timing.ms;
    return total;
}

std::vector<engine::Diagnostic> GradeResult::allDiagnostics() const
{
    std::vector<engine::Diagnostic> all;
    if (locked)
        all.push_back(lockedDiagnostic(*locked));
    all.insert(all.end(), checkDiagnostics.begin(), checkDiagnostics.end());
    all.insert(all.end(), compilerDiagnostics.begin(), compilerDiagnostics.end());
    for (const SanitizerFinding& finding : sanitizerFindings)
        all.push_back(finding.diagnostic);
    return all;
}

QStringList GradeResult::rulesHit() const
{
    QStringList rules;
    for (const engine::Diagnostic& diagnostic : checkDiagnostics) {
        if (diagnostic.rule)
            rules << QString::fromUtf8(engine::ruleInfo(*diagnostic.rule).name);
    }
    return rules;
}

} // namespace ownlings::course
