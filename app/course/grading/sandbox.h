#pragma once
// Sandbox: runs one command in its own session with a wall-clock timeout,
// resource limits, capped output and (for learner programs) bubblewrap.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace ownlings::course {

/// What to run and within which limits.
struct SandboxOptions {
    QString program;        ///< absolute path of the executable
    QStringList arguments;
    QString workDir;        ///< working directory; with isolate also the only writable folder
    QStringList environment; ///< "NAME=value" entries; the whole environment of the command
    int timeoutMs = 5000;   ///< wall clock; the whole process group is killed after it
    int cpuSeconds = 0;     ///< RLIMIT_CPU; 0 leaves it unlimited
    qint64 maxFileBytes = 0; ///< RLIMIT_FSIZE; 0 leaves it unlimited
    int extraProcesses = 0; ///< RLIMIT_NPROC above what the user already runs; 0 leaves it unlimited
    qint64 keepOutputBytes = 64 * 1024;   ///< per stream; the rest is read and dropped
    qint64 maxOutputBytes = 4 * 1024 * 1024; ///< both streams together; beyond it the command is stopped
    /// For untrusted programs: bubblewrap (no network, read-only system, only
    /// workDir writable) when it works here, and never as root (root ignores
    /// RLIMIT_NPROC, so the command runs as `nobody`; workDir must allow that).
    bool isolate = false;
};

/// How a command ended.
enum class SandboxEnd {
    Exited,        ///< exited by itself; see exitCode
    Signaled,      ///< killed by a signal it raised or received; see signal
    TimedOut,      ///< still running at the timeout, killed
    OutputLimit,   ///< printed more than maxOutputBytes, killed
    Cancelled,     ///< cancel() was called, killed
    FailedToStart, ///< could not be started; see error
};

struct SandboxOutcome {
    SandboxEnd end = SandboxEnd::FailedToStart;
    int exitCode = -1;
    int signal = 0;
    QByteArray standardOutput; ///< at most keepOutputBytes
    QByteArray standardError;  ///< at most keepOutputBytes
    bool outputTruncated = false; ///< stdout was longer than what is kept
    bool errorTruncated = false;  ///< stderr was longer than what is kept
    qint64 durationMs = 0;
    bool bubblewrapUsed = false;
    QString error; ///< FailedToStart: why
    QString note;  ///< e.g. why bubblewrap was not used
};

/// Runs commands one at a time. run() blocks; cancel() may be called from any
/// thread and stops the command in progress (the whole process group).
class Sandbox {
public:
    SandboxOutcome run(const SandboxOptions& options);

    /// Stops the command that is running now, if any; thread-safe.
    void cancel() { m_cancelled.store(true); }
    /// Allows commands again after cancel().
    void resetCancel() { m_cancelled.store(false); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<bool> m_cancelled{false};
};

/// Whether bubblewrap is installed and works here (probed once per process);
/// when it does not, `why` says what went wrong. Setting OWNLINGS_NO_BWRAP
/// in the environment turns it off.
bool bubblewrapWorks(QString* why = nullptr);

/// "SIGSEGV (segmentation fault)" and the like.
QString signalDescription(int signal);

} // namespace ownlings::course
