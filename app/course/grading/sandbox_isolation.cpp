// Isolation for learner programs: bubblewrap (probed once), the `nobody` user
// for root, and counting a user's tasks for RLIMIT_NPROC.

#include "app/course/grading/sandbox_isolation.h"

#include "app/course/grading/sandbox_child.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <mutex>

#include <dirent.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ownlings::course {

namespace {

constexpr uid_t kNobodyFallback = 65534;
constexpr int kProbeTimeoutMs = 10000;

/// The top-level folders that hold libraries and programs; on merged-/usr
/// systems they are symlinks into /usr and are recreated as such.
QStringList systemFolderArguments()
{
    QStringList arguments{QStringLiteral("--ro-bind"), QStringLiteral("/usr"), QStringLiteral("/usr")};
    for (const char* name : {"/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32"}) {
        const QString folder = QString::fromLatin1(name);
        const QFileInfo info(folder);
        if (info.isSymLink())
            arguments << QStringLiteral("--symlink") << info.symLinkTarget() << folder;
        else if (info.isDir())
            arguments << QStringLiteral("--ro-bind") << folder << folder;
    }
    return arguments;
}

struct Probe {
    bool works = false;
    QString why;
};

Probe probeBubblewrap()
{
    if (qEnvironmentVariableIsSet("OWNLINGS_NO_BWRAP"))
        return {false, QStringLiteral("bubblewrap is turned off by OWNLINGS_NO_BWRAP")};
    if (bubblewrapPath().isEmpty())
        return {false, QStringLiteral("bubblewrap is not installed; install the `bubblewrap` package")};
    QTemporaryDir dir;
    const QString truePath = QStandardPaths::findExecutable(QStringLiteral("true"));
    if (!dir.isValid() || truePath.isEmpty())
        return {false, QStringLiteral("could not prepare the bubblewrap probe")};
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    SandboxOptions options;
    options.program = truePath;
    options.workDir = dir.path();
    options.timeoutMs = kProbeTimeoutMs;
    ChildPlan plan;
    plan.path = bubblewrapPath().toLocal8Bit();
    for (const QString& argument : QStringList{bubblewrapPath()} + bubblewrapArguments(dir.path())
                                       + QStringList{QStringLiteral("--"), truePath})
        plan.argv.push_back(argument.toLocal8Bit());
    plan.workDir = dir.path().toLocal8Bit();
    const SandboxUser user = sandboxUser();
    plan.dropPrivileges = user.drop;
    plan.uid = user.uid;
    plan.gid = user.gid;
    const std::atomic<bool> notCancelled{false};
    const SandboxOutcome outcome = runPlan(plan, options, notCancelled);
    if (outcome.end == SandboxEnd::Exited && outcome.exitCode == 0)
        return {true, {}};
    QString detail = QString::fromLocal8Bit(outcome.standardError).trimmed();
    if (detail.isEmpty())
        detail = outcome.error.isEmpty() ? QStringLiteral("exit status %1").arg(outcome.exitCode) : outcome.error;
    return {false, QStringLiteral("bubblewrap does not work here: %1").arg(detail)};
}

bool changeOwner(const QString& path, const SandboxUser& user)
{
    return ::lchown(QFile::encodeName(path).constData(), user.uid, user.gid) == 0;
}

} // namespace

QString bubblewrapPath()
{
    static const QString path = QStandardPaths::findExecutable(QStringLiteral("bwrap"));
    return path;
}

QStringList bubblewrapArguments(const QString& workDir)
{
    QStringList arguments{QStringLiteral("--unshare-all"), QStringLiteral("--die-with-parent"),
                          QStringLiteral("--new-session")};
    arguments << systemFolderArguments();
    arguments << QStringLiteral("--ro-bind-try") << QStringLiteral("/etc/ld.so.cache")
              << QStringLiteral("/etc/ld.so.cache");
    arguments << QStringLiteral("--proc") << QStringLiteral("/proc") << QStringLiteral("--dev")
              << QStringLiteral("/dev") << QStringLiteral("--tmpfs") << QStringLiteral("/tmp");
    arguments << QStringLiteral("--bind") << workDir << workDir << QStringLiteral("--chdir") << workDir;
    return arguments;
}

bool bubblewrapWorks(QString* why)
{
    static std::once_flag once;
    static Probe probe;
    std::call_once(once, [] { probe = probeBubblewrap(); });
    if (why)
        *why = probe.why;
    return probe.works;
}

SandboxUser sandboxUser()
{
    if (::geteuid() != 0)
        return {false, ::getuid(), ::getgid()};
    SandboxUser nobody{true, kNobodyFallback, kNobodyFallback};
    passwd entry{};
    passwd* found = nullptr;
    char buffer[1024];
    if (::getpwnam_r("nobody", &entry, buffer, sizeof buffer, &found) == 0 && found) {
        nobody.uid = found->pw_uid;
        nobody.gid = found->pw_gid;
    }
    return nobody;
}

long tasksOwnedBy(uid_t uid)
{
    long tasks = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!entry.front().isDigit())
            continue;
        struct stat info {};
        const QByteArray path = QFile::encodeName(proc.filePath(entry));
        if (::stat(path.constData(), &info) != 0 || info.st_uid != uid)
            continue;
        tasks += QDir(proc.filePath(entry + QStringLiteral("/task"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
    }
    return tasks;
}

bool handOverToSandboxUser(const QString& path, QString* error)
{
    const SandboxUser user = sandboxUser();
    if (!user.drop)
        return true;
    bool ok = changeOwner(path, user);
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        ok = changeOwner(it.next(), user) && ok;
    if (!ok && error)
        *error = QStringLiteral("could not hand %1 over to the sandbox user").arg(path);
    return ok;
}

} // namespace ownlings::course
