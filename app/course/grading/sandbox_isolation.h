#pragma once
// Isolation for learner programs: bubblewrap's arguments and probe, the
// unprivileged user a root process runs them as, and process counting.

#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace ownlings::course {

/// The bubblewrap executable, or empty when it is not installed.
QString bubblewrapPath();

/// bwrap options for a program that may only write `workDir`: no network,
/// new pid/ipc/uts namespaces, read-only /usr, private /tmp, dies with us.
QStringList bubblewrapArguments(const QString& workDir);

/// The user learner programs run as: `nobody` when we are root (root is not
/// bound by RLIMIT_NPROC), otherwise ourselves.
struct SandboxUser {
    bool drop = false; ///< true when setuid/setgid is needed
    uid_t uid = 0;
    gid_t gid = 0;
};
SandboxUser sandboxUser();

/// Processes and threads that `uid` runs now (what RLIMIT_NPROC counts).
long tasksOwnedBy(uid_t uid);

/// Makes `path` and everything in it owned by the sandbox user, so that a
/// program run as `nobody` may write there. Does nothing unless we are root.
bool handOverToSandboxUser(const QString& path, QString* error);

} // namespace ownlings::course
