// Compiling with clang++-19 and running the program under the sandbox with
// sanitizer options that write their reports to files.

#include "app/course/grading/program_stages.h"

#include "app/course/grading/compiler_output.h"
#include "app/course/grading/grade_workspace.h"
#include "app/course/grading/sandbox.h"
#include "app/course/grading/toolchain.h"

#include <QFileInfo>
#include <QProcessEnvironment>

namespace ownlings::course {

namespace {

constexpr qint64 kCompilerOutputBytes = 64 * 1024;
constexpr qint64 kBinaryBytes = 512LL * 1024 * 1024;

QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'g', 3) + QStringLiteral(" s");
}

QString firstErrorSummary(const std::vector<engine::Diagnostic>& diagnostics, const QString& output)
{
    for (const engine::Diagnostic& diagnostic : diagnostics) {
        if (diagnostic.severity != engine::Severity::Error)
            continue;
        const QString where = diagnostic.primary.valid()
            ? QStringLiteral("%1:%2: ").arg(QString::fromStdString(diagnostic.primary.file)).arg(diagnostic.primary.line)
            : QString();
        return where + QString::fromStdString(diagnostic.message);
    }
    return output.trimmed().section(QLatin1Char('\n'), 0, 0);
}

QStringList programEnvironment(const ProgramStageContext& context)
{
    const Limits& limits = context.request.limits;
    const QString log = context.workspace.sanitizerLogPrefix();
    const QString asan = QStringLiteral("log_path=%1:hard_rss_limit_mb=%2:max_allocation_size_mb=%2:"
                                        "allocator_may_return_null=1:handle_abort=1:detect_stack_use_after_return=1:"
                                        "detect_leaks=1:color=never:disable_coredump=1")
                             .arg(log)
                             .arg(limits.memoryMb);
    const QString ubsan = QStringLiteral("log_path=%1:print_stacktrace=1:halt_on_error=1:report_error_type=1:color=never").arg(log);
    QStringList environment{QStringLiteral("PATH=/usr/bin:/bin"), QStringLiteral("HOME=") + context.workspace.runDir(),
                            QStringLiteral("TMPDIR=/tmp"), QStringLiteral("LANG=C.UTF-8"),
                            QStringLiteral("ASAN_OPTIONS=") + asan, QStringLiteral("UBSAN_OPTIONS=") + ubsan};
    if (!context.toolchain.symbolizer.isEmpty())
        environment << QStringLiteral("ASAN_SYMBOLIZER_PATH=") + context.toolchain.symbolizer;
    return environment;
}

SandboxOptions runOptions(const ProgramStageContext& context)
{
    const Limits& limits = context.request.limits;
    SandboxOptions options;
    options.program = context.workspace.binaryPath();
    options.workDir = context.workspace.runDir();
    options.environment = programEnvironment(context);
    options.timeoutMs = limits.runTimeoutMs;
    options.cpuSeconds = limits.cpuSeconds > 0 ? limits.cpuSeconds : (limits.runTimeoutMs + 999) / 1000 + 1;
    options.maxFileBytes = limits.maxFileBytes;
    options.extraProcesses = limits.maxProcesses;
    options.keepOutputBytes = limits.keepOutputBytes;
    options.maxOutputBytes = limits.maxOutputBytes;
    options.isolate = true;
    return options;
}

void failSetup(GradeResult& result, const QString& message)
{
    result.stage = GradeStage::Setup;
    result.message = message;
}

} // namespace

QStringList compilerArguments(const GradeWorkspace& workspace, const Toolchain& toolchain, GradeMode mode)
{
    QStringList arguments{QStringLiteral("-std=c++20"), QStringLiteral("-g"), QStringLiteral("-fsanitize=address,undefined"),
                          QStringLiteral("-fno-omit-frame-pointer"), QStringLiteral("-fno-color-diagnostics")};
    if (mode == GradeMode::Test)
        arguments << QStringLiteral("-I") << toolchain.includeDir;
    // The sources are compiled as copies: #include "local.h" should still find
    // the headers next to the originals.
    for (const QString& original : {workspace.paths().learnerName, workspace.paths().testName}) {
        const QString folder = QFileInfo(original).absolutePath();
        if (!original.isEmpty() && QFileInfo(folder).isDir())
            arguments << QStringLiteral("-iquote") << folder;
    }
    arguments << workspace.compileInput() << QStringLiteral("-o") << workspace.binaryPath();
    return arguments;
}

bool compileProgram(ProgramStageContext& context)
{
    GradeResult& result = context.result;
    SandboxOptions options;
    options.program = context.toolchain.compiler;
    options.arguments = compilerArguments(context.workspace, context.toolchain, context.request.mode);
    options.workDir = context.workspace.sourceDir();
    options.environment = QProcessEnvironment::systemEnvironment().toStringList();
    options.timeoutMs = context.request.limits.compileTimeoutMs;
    options.maxFileBytes = kBinaryBytes;
    options.keepOutputBytes = kCompilerOutputBytes;
    const SandboxOutcome outcome = context.sandbox.run(options);
    const QString rawOutput = QString::fromUtf8(outcome.standardError + outcome.standardOutput);
    result.compilerOutput = context.workspace.paths().rewrite(rawOutput);
    result.compilerDiagnostics = parseCompilerOutput(rawOutput, context.workspace.paths());
    switch (outcome.end) {
    case SandboxEnd::Exited:
        if (outcome.exitCode == 0)
            return true;
        result.stage = GradeStage::Compile;
        result.message = QStringLiteral("does not compile: %1").arg(firstErrorSummary(result.compilerDiagnostics, result.compilerOutput));
        return false;
    case SandboxEnd::Cancelled:
        result.cancelled = true;
        return false;
    case SandboxEnd::TimedOut:
        result.stage = GradeStage::Compile;
        result.message = QStringLiteral("the compiler did not finish within %1 and was stopped").arg(seconds(options.timeoutMs));
        return false;
    case SandboxEnd::FailedToStart:
        failSetup(result, QStringLiteral("could not run %1: %2").arg(options.program, outcome.error));
        return false;
    case SandboxEnd::Signaled:
    case SandboxEnd::OutputLimit:
        break;
    }
    result.stage = GradeStage::Compile;
    result.message = QStringLiteral("the compiler stopped unexpectedly (%1)").arg(
        outcome.end == SandboxEnd::Signaled ? signalDescription(outcome.signal) : QStringLiteral("too much output"));
    return false;
}

void runProgram(ProgramStageContext& context)
{
    QString error;
    if (!context.workspace.prepareRun(&error)) {
        failSetup(context.result, error);
        return;
    }
    if (context.toolchain.symbolizer.isEmpty())
        context.result.notes << QStringLiteral("llvm-symbolizer-19 is not installed (package llvm-19), so sanitizer "
                                               "reports cannot name lines");
    const SandboxOutcome outcome = context.sandbox.run(runOptions(context));
    if (!outcome.note.isEmpty())
        context.result.notes << outcome.note;
    if (outcome.end == SandboxEnd::Cancelled) {
        context.result.cancelled = true;
        return;
    }
    if (outcome.end == SandboxEnd::FailedToStart) {
        failSetup(context.result, QStringLiteral("could not start the program: %1").arg(outcome.error));
        return;
    }
    judgeProgram(outcome, context.workspace.sanitizerLogs(), context);
}

} // namespace ownlings::course
