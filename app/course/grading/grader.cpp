// The grading pipeline: cache lookup, then locked regions, the ownership
// checker, and for run/test exercises the compile and run stages.

#include "app/course/grading/grader.h"

#include "app/course/grading/grade_cache.h"
#include "app/course/grading/grade_workspace.h"
#include "app/course/grading/locked_regions.h"
#include "app/course/grading/program_stages.h"
#include "app/course/grading/toolchain.h"

#include "engine/checker.h"

#include <QElapsedTimer>
#include <QFile>

namespace ownlings::course {

namespace {

constexpr qint64 kMaxTestFileBytes = 1024 * 1024;

/// Runs `stage` and appends its duration to result.timings.
template <class Stage>
bool timed(GradeResult& result, GradeStage stage, Stage&& run)
{
    QElapsedTimer clock;
    clock.start();
    const bool passed = run();
    result.timings.push_back({stage, clock.elapsed()});
    return passed;
}

/// Times one stage into result.timings when it goes out of scope.
class StageClock {
public:
    StageClock(GradeResult& result, GradeStage stage)
        : m_result(result)
        , m_stage(stage)
    {
        m_clock.start();
    }
    ~StageClock() { m_result.timings.push_back({m_stage, m_clock.elapsed()}); }
    StageClock(const StageClock&) = delete;
    StageClock& operator=(const StageClock&) = delete;

private:
    GradeResult& m_result;
    GradeStage m_stage;
    QElapsedTimer m_clock;
};

std::optional<QByteArray> readTestFile(const QString& path, QString& error)
{
    QFile file(path);
    if (path.isEmpty()) {
        error = QStringLiteral("this exercise is graded by tests but names no test file");
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("could not read the test file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxTestFileBytes) {
        error = QStringLiteral("the test file %1 is larger than 1 MiB").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

bool lockedStage(const GradeRequest& request, GradeResult& result)
{
    StageClock clock(result, GradeStage::Locked);
    result.locked = findLockedRegionViolation(request.startingCode, request.learnerSource, request.learnerPath);
    if (!result.locked)
        return true;
    result.stage = GradeStage::Locked;
    result.message = result.locked->message;
    return false;
}

QString findingsSummary(const std::vector<engine::Diagnostic>& findings)
{
    const engine::Diagnostic& first = findings.front();
    QString message = QStringLiteral("%1:%2: %3")
                          .arg(QString::fromStdString(first.primary.file))
                          .arg(first.primary.line)
                          .arg(QString::fromStdString(first.message));
    if (first.rule)
        message = QStringLiteral("[%1] ").arg(QString::fromUtf8(engine::ruleInfo(*first.rule).name)) + message;
    if (findings.size() > 1)
        message += QStringLiteral(" (and %1 more)").arg(findings.size() - 1);
    return QStringLiteral("the ownership checker found %1 problem%2: %3")
        .arg(findings.size())
        .arg(findings.size() == 1 ? "" : "s", message);
}

enum class CheckVerdict { Clean, Findings, DoesNotParse, Failed };

CheckVerdict checkStage(const GradeRequest& request, GradeResult& result)
{
    StageClock clock(result, GradeStage::Check);
    engine::CheckOptions options;
    options.rules = request.rules;
    options.rules.insert(engine::RuleSet::bugs());
    options.honourSuppressions = request.honourAllowComments;
    const engine::FileReport report =
        engine::checkSource(request.learnerSource.toStdString(), request.learnerPath.toStdString(), options);
    switch (report.status) {
    case engine::FileStatus::Checked:
        result.checkDiagnostics = report.findings;
        if (report.findings.empty())
            return CheckVerdict::Clean;
        result.stage = GradeStage::Check;
        result.message = findingsSummary(report.findings);
        return CheckVerdict::Findings;
    case engine::FileStatus::CompileError:
        result.compilerDiagnostics = report.compilerErrors;
        result.stage = GradeStage::Compile;
        result.message = QStringLiteral("does not compile: %1").arg(findingsSummary(report.compilerErrors).section(QLatin1String(": "), 1));
        return CheckVerdict::DoesNotParse;
    case engine::FileStatus::InternalError:
        // Our bug, not the learner's: the other stages still judge the code.
        result.notes << QStringLiteral("the ownership checker failed on this file (%1); the other stages ran without it")
                            .arg(QString::fromStdString(report.error));
        return request.mode == GradeMode::Check ? CheckVerdict::Failed : CheckVerdict::Clean;
    case engine::FileStatus::InputError:
        break;
    }
    result.stage = GradeStage::Check;
    result.message = QStringLiteral("the ownership checker could not check this file: %1").arg(QString::fromStdString(report.error));
    return CheckVerdict::Failed;
}

GradeResult setupFailure(const QString& message)
{
    GradeResult result;
    result.stage = GradeStage::Setup;
    result.message = message;
    return result;
}

GradeResult cancelledResult(GradeResult result)
{
    result.cancelled = true;
    result.passed = false;
    result.message = QStringLiteral("grading was cancelled");
    return result;
}

QString cacheFingerprint(const Toolchain& toolchain)
{
    return QStringLiteral("ownlings %1\n%2").arg(ownlingsVersion(), toolchain.fingerprint);
}

bool worthCaching(const GradeResult& result)
{
    // A timeout may come from a busy machine rather than the code; try it again next time.
    const bool timedOut = result.program && result.program->end == ProgramRun::End::TimedOut;
    return !result.cancelled && result.stage != GradeStage::Setup && !timedOut;
}

} // namespace

Grader::Grader(GraderOptions options)
    : m_options(std::move(options))
{
}

GradeResult Grader::grade(const GradeRequest& request)
{
    m_sandbox.resetCancel();
    QByteArray testSource;
    if (request.mode == GradeMode::Test) {
        QString error;
        const std::optional<QByteArray> read = readTestFile(request.testPath, error);
        if (!read)
            return setupFailure(error);
        testSource = *read;
    }
    const Toolchain& toolchain = detectToolchain();
    if (const QString problem = toolchain.problemFor(request.mode); !problem.isEmpty())
        return setupFailure(problem);
    const GradeCache cache(m_options.cacheDir, m_options.cacheEntries);
    const QString key = GradeCache::key(request, testSource, cacheFingerprint(toolchain));
    if (std::optional<GradeResult> cached = cache.find(key))
        return *cached;
    GradeResult result = gradeUncached(request, testSource);
    if (worthCaching(result))
        cache.store(key, result);
    return result;
}

GradeResult Grader::gradeUncached(const GradeRequest& request, const QByteArray& testSource)
{
    GradeResult result;
    if (!lockedStage(request, result))
        return result;
    const CheckVerdict check = checkStage(request, result);
    if (m_sandbox.isCancelled())
        return cancelledResult(result);
    if (check == CheckVerdict::Findings || check == CheckVerdict::Failed
        || (check == CheckVerdict::DoesNotParse && request.mode == GradeMode::Check))
        return result;
    if (request.mode == GradeMode::Check) {
        result.stage = GradeStage::Done;
        result.passed = true;
        result.message = QStringLiteral("the ownership checker finds no problems");
        return result;
    }
    const GradeWorkspace workspace(request, testSource);
    if (!workspace.error().isEmpty())
        return setupFailure(workspace.error());
    ProgramStageContext context{m_sandbox, detectToolchain(), request, workspace, result};
    result.compilerDiagnostics.clear();
    if (!timed(result, GradeStage::Compile, [&] { return compileProgram(context); }))
        return result.cancelled ? cancelledResult(result) : result;
    if (check == CheckVerdict::DoesNotParse) // clang++ accepts what the checker's parse did not: our bug
        result.notes << QStringLiteral("the ownership checker could not parse this file (%1); the other stages ran without it")
                            .arg(result.message);
    timed(result, GradeStage::Run, [&] {
        runProgram(context);
        return true;
    });
    if (result.cancelled)
        return cancelledResult(result);
    result.passed = result.stage == GradeStage::Done;
    return result;
}

} // namespace ownlings::course
