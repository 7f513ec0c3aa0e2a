// Judging a finished program: how it ended, what the sanitizers found, then
// its tests or its output. The first problem decides the stage and message.

#include "app/course/grading/program_stages.h"

#include "app/course/grading/grade_workspace.h"
#include "app/course/grading/output_diff.h"
#include "app/course/grading/sandbox.h"
#include "app/course/grading/sanitizer_report.h"
#include "app/course/grading/test_report.h"

#include <QRegularExpression>

#include <algorithm>
#include <csignal>

namespace ownlings::course {

namespace {

QString megabytes(qint64 bytes)
{
    return QStringLiteral("%1 MiB").arg(bytes / (1024.0 * 1024.0), 0, 'g', 3);
}

QString kilobytes(qint64 bytes)
{
    return QStringLiteral("%1 KiB").arg(bytes / 1024);
}

ProgramRun programRunFrom(const SandboxOutcome& outcome, const SourcePaths& paths)
{
    ProgramRun program;
    switch (outcome.end) {
    case SandboxEnd::Exited: program.end = ProgramRun::End::Exited; break;
    case SandboxEnd::Signaled: program.end = ProgramRun::End::Crashed; break;
    case SandboxEnd::TimedOut: program.end = ProgramRun::End::TimedOut; break;
    case SandboxEnd::OutputLimit: program.end = ProgramRun::End::OutputLimit; break;
    case SandboxEnd::Cancelled: program.end = ProgramRun::End::Cancelled; break;
    case SandboxEnd::FailedToStart: program.end = ProgramRun::End::FailedToStart; break;
    }
    program.exitCode = outcome.exitCode;
    program.signal = outcome.signal;
    program.standardOutput = QString::fromUtf8(outcome.standardOutput);
    // ASan announces a fatal signal on stderr even when its report goes to the log file.
    program.standardError = paths.rewrite(QString::fromUtf8(outcome.standardError))
                                .remove(QStringLiteral("AddressSanitizer:DEADLYSIGNAL\n"));
    program.outputTruncated = outcome.outputTruncated;
    program.errorTruncated = outcome.errorTruncated;
    program.sandboxed = outcome.bubblewrapUsed;
    return program;
}

/// libstdc++'s words for an uncaught exception, on stderr before the abort:
/// "terminate called after throwing an instance of 'std::out_of_range'" and "  what():  ...".
void nameUncaughtException(std::vector<SanitizerFinding>& findings, const QString& standardError)
{
    static const QRegularExpression thrown(QStringLiteral(R"(terminate called after throwing an instance of '([^']+)')"));
    static const QRegularExpression what(QStringLiteral(R"(what\(\):\s+(.*))"));
    const QRegularExpressionMatch type = thrown.match(standardError);
    if (!type.hasMatch())
        return;
    QString message = QStringLiteral("the program aborted: an exception of type %1 was not caught").arg(type.captured(1));
    const QRegularExpressionMatch text = what.match(standardError);
    if (text.hasMatch())
        message += QStringLiteral(" (what(): %1)").arg(text.captured(1).trimmed());
    for (SanitizerFinding& finding : findings) {
        if (finding.kind == QLatin1String("ABRT")) {
            finding.diagnostic.message = message.toStdString();
            finding.diagnostic.help = "catch the exception, or avoid the call that throws it";
        }
    }
}

QString located(const engine::Diagnostic& diagnostic)
{
    const QString message = QString::fromStdString(diagnostic.message);
    if (!diagnostic.primary.valid())
        return message;
    return QStringLiteral("%1:%2: %3").arg(QString::fromStdString(diagnostic.primary.file)).arg(diagnostic.primary.line).arg(message);
}

QString sanitizerProblem(const std::vector<SanitizerFinding>& findings)
{
    QString message = located(findings.front().diagnostic);
    if (findings.size() > 1)
        message += QStringLiteral(" (and %1 more sanitizer findings)").arg(findings.size() - 1);
    return message;
}

QString crashProblem(const SandboxOutcome& outcome, const Limits& limits, int cpuSeconds)
{
    switch (outcome.signal) {
    case SIGXCPU: return QStringLiteral("the program used more than %1 s of CPU time and was stopped").arg(cpuSeconds);
    case SIGXFSZ: return QStringLiteral("the program wrote a file larger than %1 and was stopped").arg(megabytes(limits.maxFileBytes));
    default: break;
    }
    return QStringLiteral("the program crashed: %1").arg(signalDescription(outcome.signal));
}

/// How the run itself went wrong, before looking at tests or output; empty when it did not.
QString runProblem(const SandboxOutcome& outcome, const GradeResult& result, const GradeRequest& request,
                   const TestRunReport& tests)
{
    const Limits& limits = request.limits;
    if (!result.sanitizerFindings.empty())
        return sanitizerProblem(result.sanitizerFindings);
    switch (outcome.end) {
    case SandboxEnd::TimedOut:
        return QStringLiteral("the program did not finish within %1 s and was stopped; is there an endless loop?")
            .arg(limits.runTimeoutMs / 1000.0, 0, 'g', 3);
    case SandboxEnd::OutputLimit:
        return QStringLiteral("the program printed more than %1 and was stopped; is there an endless loop that prints?")
            .arg(megabytes(limits.maxOutputBytes));
    case SandboxEnd::Signaled:
        return crashProblem(outcome, limits, limits.cpuSeconds > 0 ? limits.cpuSeconds : (limits.runTimeoutMs + 999) / 1000 + 1);
    default: break;
    }
    if (request.mode == GradeMode::Test && !tests.finished)
        return QStringLiteral("the test program stopped before all tests ran (exit status %1); does the code call exit()?")
            .arg(outcome.exitCode);
    if (request.mode != GradeMode::Test && outcome.exitCode != 0)
        return QStringLiteral("the program exited with status %1; main must return 0 when all went well").arg(outcome.exitCode);
    return {};
}

void noteTruncation(const ProgramRun& program, const Limits& limits, GradeResult& result)
{
    if (program.outputTruncated)
        result.notes << QStringLiteral("stdout was longer than %1; the rest is not shown").arg(kilobytes(limits.keepOutputBytes));
    if (program.errorTruncated)
        result.notes << QStringLiteral("stderr was longer than %1; the rest is not shown").arg(kilobytes(limits.keepOutputBytes));
}

void judgeTests(GradeResult& result)
{
    const auto failed = std::count_if(result.tests.begin(), result.tests.end(), [](const TestCaseResult& t) { return !t.passed; });
    if (result.tests.empty()) {
        result.stage = GradeStage::Test;
        result.message = QStringLiteral("the test file has no TEST_CASE, so nothing was tested");
        return;
    }
    if (failed == 0) {
        result.stage = GradeStage::Done;
        result.message = QStringLiteral("all %1 tests pass").arg(result.tests.size());
        return;
    }
    const TestCaseResult& first = *std::find_if(result.tests.begin(), result.tests.end(), [](const TestCaseResult& t) { return !t.passed; });
    result.stage = GradeStage::Test;
    result.message = QStringLiteral("%1 of %2 tests failed; first \"%3\" at %4:%5: %6")
                         .arg(failed)
                         .arg(result.tests.size())
                         .arg(first.name, first.file)
                         .arg(first.line)
                         .arg(first.message);
}

void judgeOutput(const GradeRequest& request, GradeResult& result)
{
    if (request.expectedOutput) {
        const QString difference = describeOutputDifference(*request.expectedOutput, result.program->standardOutput);
        if (!difference.isEmpty()) {
            result.stage = GradeStage::Test;
            result.message = difference;
            return;
        }
    }
    result.stage = GradeStage::Done;
    result.message = request.expectedOutput ? QStringLiteral("the program ran cleanly and printed the expected output")
                                            : QStringLiteral("the program ran cleanly");
}

} // namespace

void judgeProgram(const SandboxOutcome& outcome, const QString& sanitizerLog, ProgramStageContext& context)
{
    GradeResult& result = context.result;
    const SourcePaths& paths = context.workspace.paths();
    ProgramRun program = programRunFrom(outcome, paths);
    result.sanitizerFindings = parseSanitizerLog(sanitizerLog, paths);
    nameUncaughtException(result.sanitizerFindings, program.standardError);
    TestRunReport tests;
    if (context.request.mode == GradeMode::Test) {
        tests = parseTestOutput(program.standardOutput, paths);
        program.standardOutput = tests.programOutput;
        result.tests = tests.tests;
    }
    noteTruncation(program, context.request.limits, result);
    result.program = program;
    const QString problem = runProblem(outcome, result, context.request, tests);
    if (!problem.isEmpty()) {
        result.stage = GradeStage::Run;
        result.message = problem;
        if (!tests.unfinishedTest.isEmpty())
            result.tests.push_back({tests.unfinishedTest, false, {}, 0, QStringLiteral("did not finish: ") + problem});
        return;
    }
    if (context.request.mode == GradeMode::Test)
        judgeTests(result);
    else
        judgeOutput(context.request, result);
}

} // namespace ownlings::course
