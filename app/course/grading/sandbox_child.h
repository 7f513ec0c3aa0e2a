#pragma once
// Starting the sandboxed child: everything is prepared before fork() so that
// the child only makes async-signal-safe calls (the parent may have threads).

#include "app/course/grading/sandbox.h"

#include <QByteArray>

#include <atomic>
#include <vector>

#include <sys/resource.h>
#include <sys/types.h>

namespace ownlings::course {

/// The exact exec and limits of one child.
struct ChildPlan {
    QByteArray path;                 ///< executable (bwrap when wrapped)
    std::vector<QByteArray> argv;    ///< argv[0] included
    std::vector<QByteArray> env;     ///< "NAME=value"
    QByteArray workDir;
    rlim_t cpuSeconds = 0;           ///< 0: not set
    rlim_t fileBytes = 0;            ///< 0: not set
    rlim_t processes = 0;            ///< 0: not set
    bool dropPrivileges = false;     ///< setuid/setgid to uid/gid before exec
    uid_t uid = 0;
    gid_t gid = 0;
    bool bubblewrap = false;
};

/// The plan for `options`: wraps the command in bubblewrap and drops root when
/// options.isolate asks for it. Sets outcome.note (when
/// bubblewrap cannot be used, why).
ChildPlan makeChildPlan(const SandboxOptions& options, SandboxOutcome& outcome);

/// Runs a prepared plan under the limits of `options` (timeout, output caps).
SandboxOutcome runPlan(const ChildPlan& plan, const SandboxOptions& options, const std::atomic<bool>& cancelled);

/// Forks and execs; returns the child's pid, or -1 when fork failed (errno set).
pid_t startChild(const ChildPlan& plan, int outFd, int errFd, int reportFd);

/// Waits for exec to happen; returns why the child could not exec, or an
/// empty string once it has.
QString readStartError(int reportFd);

} // namespace ownlings::course
