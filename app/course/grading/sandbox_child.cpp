// The sandboxed child: its plan (bubblewrap, user, limits) and the fork/exec
// that applies it.

#include "app/course/grading/sandbox_child.h"

#include "app/course/grading/sandbox_isolation.h"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <grp.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace ownlings::course {

namespace {

constexpr int kForkAttempts = 3;
constexpr useconds_t kForkRetryPauseUs = 200 * 1000;

/// What the child writes to the report pipe when a step before exec fails.
struct StartFailure {
    int step = 0;
    int error = 0;
};

enum Step { StepOpenNull = 1, StepRedirect, StepLimits, StepWorkDir, StepUser, StepExec };

const char* stepName(int step)
{
    switch (step) {
    case StepOpenNull: return "opening /dev/null";
    case StepRedirect: return "redirecting output";
    case StepLimits: return "setting resource limits";
    case StepWorkDir: return "entering the working directory";
    case StepUser: return "switching to the sandbox user";
    case StepExec: return "starting the program";
    }
    return "starting";
}

[[noreturn]] void failStep(int reportFd, int step)
{
    const StartFailure failure{step, errno};
    [[maybe_unused]] const ssize_t written = ::write(reportFd, &failure, sizeof failure);
    ::_exit(127);
}

bool setLimit(int resource, rlim_t value)
{
    if (value == 0)
        return true;
    const rlimit limit{value, value};
    return ::setrlimit(resource, &limit) == 0;
}

bool applyLimits(const ChildPlan& plan)
{
    const rlimit noCoreDumps{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCoreDumps);
    return setLimit(RLIMIT_CPU, plan.cpuSeconds) && setLimit(RLIMIT_FSIZE, plan.fileBytes)
        && setLimit(RLIMIT_NPROC, plan.processes);
}

void resetSignals()
{
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    struct sigaction standard {};
    standard.sa_handler = SIG_DFL;
    ::sigaction(SIGPIPE, &standard, nullptr);
}

/// In the child, between fork and exec: async-signal-safe calls only.
[[noreturn]] void becomeChild(const ChildPlan& plan, char* const* argv, char* const* envp, int outFd, int errFd,
                              int reportFd)
{
    ::setsid(); // own session and process group, no controlling terminal
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    resetSignals();
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (devNull < 0)
        failStep(reportFd, StepOpenNull);
    if (::dup2(devNull, STDIN_FILENO) < 0 || ::dup2(outFd, STDOUT_FILENO) < 0 || ::dup2(errFd, STDERR_FILENO) < 0)
        failStep(reportFd, StepRedirect);
    if (!applyLimits(plan))
        failStep(reportFd, StepLimits);
    if (::chdir(plan.workDir.constData()) != 0)
        failStep(reportFd, StepWorkDir);
    if (plan.dropPrivileges
        && (::setgroups(0, nullptr) != 0 || ::setgid(plan.gid) != 0 || ::setuid(plan.uid) != 0))
        failStep(reportFd, StepUser);
    ::execve(plan.path.constData(), argv, envp);
    failStep(reportFd, StepExec);
}

std::vector<char*> pointersInto(const std::vector<QByteArray>& strings)
{
    std::vector<char*> pointers;
    pointers.reserve(strings.size() + 1);
    for (const QByteArray& string : strings)
        pointers.push_back(const_cast<char*>(string.constData()));
    pointers.push_back(nullptr);
    return pointers;
}

std::vector<QByteArray> toLocal8Bit(const QStringList& strings)
{
    std::vector<QByteArray> bytes;
    bytes.reserve(static_cast<std::size_t>(strings.size()));
    for (const QString& string : strings)
        bytes.push_back(string.toLocal8Bit());
    return bytes;
}

rlim_t processLimit(const SandboxOptions& options, const SandboxUser& user)
{
    if (options.extraProcesses <= 0)
        return 0;
    return static_cast<rlim_t>(tasksOwnedBy(user.uid) + options.extraProcesses);
}

void chooseIsolation(const SandboxOptions& options, ChildPlan& plan, SandboxOutcome& outcome)
{
    const SandboxUser user = sandboxUser();
    plan.dropPrivileges = user.drop;
    plan.uid = user.uid;
    plan.gid = user.gid;
    plan.processes = processLimit(options, user);
    QString why;
    if (!bubblewrapWorks(&why)) {
        outcome.note = QStringLiteral("ran without bubblewrap (%1)").arg(why);
        return;
    }
    QStringList wrapped = bubblewrapArguments(options.workDir);
    wrapped << QStringLiteral("--") << options.program << options.arguments;
    plan.path = bubblewrapPath().toLocal8Bit();
    plan.argv = toLocal8Bit(QStringList{bubblewrapPath()} + wrapped);
    plan.bubblewrap = true;
}

} // namespace

ChildPlan makeChildPlan(const SandboxOptions& options, SandboxOutcome& outcome)
{
    ChildPlan plan;
    plan.path = options.program.toLocal8Bit();
    plan.argv = toLocal8Bit(QStringList{options.program} + options.arguments);
    plan.env = toLocal8Bit(options.environment);
    plan.workDir = options.workDir.toLocal8Bit();
    plan.cpuSeconds = static_cast<rlim_t>(qMax(0, options.cpuSeconds));
    plan.fileBytes = static_cast<rlim_t>(qMax<qint64>(0, options.maxFileBytes));
    if (options.isolate)
        chooseIsolation(options, plan, outcome);
    else if (options.extraProcesses > 0)
        plan.processes = processLimit(options, SandboxUser{false, ::getuid(), ::getgid()});
    outcome.bubblewrapUsed = plan.bubblewrap;
    return plan;
}

pid_t startChild(const ChildPlan& plan, int outFd, int errFd, int reportFd)
{
    const std::vector<char*> argv = pointersInto(plan.argv);
    const std::vector<char*> envp = pointersInto(plan.env);
    // fork() fails now and then on a busy machine (EAGAIN, ENOMEM); try again after a pause.
    for (int attempt = 0;; ++attempt) {
        const pid_t pid = ::fork();
        if (pid == 0)
            becomeChild(plan, argv.data(), envp.data(), outFd, errFd, reportFd);
        if (pid > 0 || attempt == kForkAttempts - 1 || (errno != EAGAIN && errno != ENOMEM))
            return pid;
        ::usleep(kForkRetryPauseUs * (attempt + 1));
    }
}

QString readStartError(int reportFd)
{
    StartFailure failure;
    ssize_t n = 0;
    do {
        n = ::read(reportFd, &failure, sizeof failure);
    } while (n < 0 && errno == EINTR);
    if (n != static_cast<ssize_t>(sizeof failure))
        return {}; // the pipe closed on exec: the program runs
    return QStringLiteral("%1 failed: %2")
        .arg(QString::fromLatin1(stepName(failure.step)), QString::fromLocal8Bit(std::strerror(failure.error)));
}

} // namespace ownlings::course
