// Sandbox: fork/exec with setsid, rlimits and pipes; a poll loop that drains
// output, enforces the limits and kills the whole process group.

#include "app/course/grading/sandbox.h"

#include "app/course/grading/sandbox_child.h"
#include "app/course/grading/sandbox_isolation.h"

#include <QElapsedTimer>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <optional>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace ownlings::course {

namespace {

constexpr int kPollSliceMs = 50;   // how often cancel() is noticed at the latest
constexpr int kDrainAfterExitMs = 300; // leftover output after the process ended

/// One output pipe of the child and what was read from it.
struct Stream {
    int fd = -1;
    QByteArray kept;
    qint64 total = 0;
};

class Pump {
public:
    Pump(const SandboxOptions& options, int outFd, int errFd)
        : m_options(options)
    {
        m_streams[0].fd = outFd;
        m_streams[1].fd = errFd;
    }
    ~Pump()
    {
        for (Stream& stream : m_streams)
            closeStream(stream);
    }
    Pump(const Pump&) = delete;
    Pump& operator=(const Pump&) = delete;

    /// Waits up to `timeoutMs` for output and reads what is there.
    void pumpOnce(int timeoutMs)
    {
        std::array<pollfd, 2> fds{};
        nfds_t count = 0;
        std::array<Stream*, 2> polled{};
        for (Stream& stream : m_streams) {
            if (stream.fd < 0)
                continue;
            fds[count] = pollfd{stream.fd, POLLIN, 0};
            polled[count++] = &stream;
        }
        if (::poll(fds.data(), count, timeoutMs) <= 0)
            return;
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].revents != 0)
                readAvailable(*polled[i]);
        }
    }

    bool allClosed() const { return m_streams[0].fd < 0 && m_streams[1].fd < 0; }
    qint64 totalBytes() const { return m_streams[0].total + m_streams[1].total; }
    const Stream& out() const { return m_streams[0]; }
    const Stream& err() const { return m_streams[1]; }

private:
    void readAvailable(Stream& stream)
    {
        char buffer[65536];
        for (;;) {
            const ssize_t n = ::read(stream.fd, buffer, sizeof buffer);
            if (n > 0) {
                keep(stream, buffer, n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0 || errno != EAGAIN)
                closeStream(stream);
            return;
        }
    }

    void keep(Stream& stream, const char* data, qint64 size)
    {
        const qint64 room = m_options.keepOutputBytes - stream.kept.size();
        if (room > 0)
            stream.kept.append(data, qMin(room, size));
        stream.total += size;
    }

    static void closeStream(Stream& stream)
    {
        if (stream.fd >= 0)
            ::close(stream.fd);
        stream.fd = -1;
    }

    const SandboxOptions& m_options;
    std::array<Stream, 2> m_streams;
};

/// True once the child has ended; leaves it a zombie so that its pid (the
/// process group id) cannot be reused before the group is killed.
bool hasEnded(pid_t pid)
{
    siginfo_t info{};
    if (::waitid(P_PID, static_cast<id_t>(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0)
        return errno == ECHILD;
    return info.si_pid == pid;
}

int reap(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

void killGroup(pid_t pid)
{
    ::kill(-pid, SIGKILL);
    ::kill(pid, SIGKILL); // in case setsid had not run yet
}

void setEndFromStatus(SandboxOutcome& outcome, int status)
{
    if (WIFSIGNALED(status)) {
        outcome.end = SandboxEnd::Signaled;
        outcome.signal = WTERMSIG(status);
        return;
    }
    outcome.end = SandboxEnd::Exited;
    outcome.exitCode = WEXITSTATUS(status);
    // bubblewrap reports a child killed by signal N as exit status 128 + N.
    if (outcome.bubblewrapUsed && outcome.exitCode > 128 && outcome.exitCode < 128 + 65) {
        outcome.end = SandboxEnd::Signaled;
        outcome.signal = outcome.exitCode - 128;
        outcome.exitCode = -1;
    }
}

/// Runs the poll loop until the child ends or a limit stops it.
void superviseChild(pid_t pid, const SandboxOptions& options, const std::atomic<bool>& cancelled, Pump& pump,
                    SandboxOutcome& outcome)
{
    QElapsedTimer clock;
    clock.start();
    std::optional<SandboxEnd> stoppedBy;
    while (!hasEnded(pid)) {
        if (cancelled.load())
            stoppedBy = SandboxEnd::Cancelled;
        else if (clock.elapsed() >= options.timeoutMs)
            stoppedBy = SandboxEnd::TimedOut;
        else if (pump.totalBytes() > options.maxOutputBytes)
            stoppedBy = SandboxEnd::OutputLimit;
        if (stoppedBy)
            break;
        const int left = options.timeoutMs - static_cast<int>(clock.elapsed());
        if (pump.allClosed())
            ::poll(nullptr, 0, qBound(1, left, kPollSliceMs));
        else
            pump.pumpOnce(qBound(1, left, kPollSliceMs));
    }
    killGroup(pid); // leftovers of a finished program go too
    const int status = reap(pid);
    if (stoppedBy)
        outcome.end = *stoppedBy;
    else
        setEndFromStatus(outcome, status);
    QElapsedTimer drain;
    drain.start();
    while (!pump.allClosed() && drain.elapsed() < kDrainAfterExitMs)
        pump.pumpOnce(kDrainAfterExitMs - static_cast<int>(drain.elapsed()));
    outcome.durationMs = clock.elapsed();
}

bool makePipe(int fds[2])
{
    return ::pipe2(fds, O_CLOEXEC) == 0;
}

} // namespace

SandboxOutcome runPlan(const ChildPlan& plan, const SandboxOptions& options, const std::atomic<bool>& cancelled)
{
    SandboxOutcome outcome;
    outcome.bubblewrapUsed = plan.bubblewrap;
    int outPipe[2];
    int errPipe[2];
    int reportPipe[2];
    if (!makePipe(outPipe) || !makePipe(errPipe) || !makePipe(reportPipe)) {
        outcome.error = QStringLiteral("could not create pipes: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return outcome;
    }
    const pid_t pid = startChild(plan, outPipe[1], errPipe[1], reportPipe[1]);
    const int forkError = errno;
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    ::close(reportPipe[1]);
    ::fcntl(outPipe[0], F_SETFL, O_NONBLOCK);
    ::fcntl(errPipe[0], F_SETFL, O_NONBLOCK);
    Pump pump(options, outPipe[0], errPipe[0]);
    if (pid < 0) {
        ::close(reportPipe[0]);
        outcome.error = QStringLiteral("could not start a process: %1").arg(QString::fromLocal8Bit(std::strerror(forkError)));
        return outcome;
    }
    const QString startError = readStartError(reportPipe[0]);
    ::close(reportPipe[0]);
    if (!startError.isEmpty()) {
        reap(pid);
        outcome.error = startError;
        return outcome;
    }
    superviseChild(pid, options, cancelled, pump, outcome);
    outcome.standardOutput = pump.out().kept;
    outcome.standardError = pump.err().kept;
    outcome.outputTruncated = pump.out().total > pump.out().kept.size();
    outcome.errorTruncated = pump.err().total > pump.err().kept.size();
    return outcome;
}

SandboxOutcome Sandbox::run(const SandboxOptions& options)
{
    if (m_cancelled.load()) {
        SandboxOutcome outcome;
        outcome.end = SandboxEnd::Cancelled;
        return outcome;
    }
    SandboxOutcome planned;
    const ChildPlan plan = makeChildPlan(options, planned);
    SandboxOutcome outcome = runPlan(plan, options, m_cancelled);
    outcome.note = planned.note;
    return outcome;
}

QString signalDescription(int signal)
{
    const char* abbrev = ::sigabbrev_np(signal);
    const char* text = ::sigdescr_np(signal);
    QString name = abbrev ? QStringLiteral("SIG%1").arg(QString::fromLatin1(abbrev))
                          : QStringLiteral("signal %1").arg(signal);
    if (text)
        name += QStringLiteral(" (%1)").arg(QString::fromLatin1(text).toLower());
    return name;
}

} // namespace ownlings::course
