// Workspace: the learner's working copies of the exercises.
#include "app/course/progress/workspace.h"

#include "app/course/progress/progress_store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace ownlings::course {
namespace {

// Ids become file names: only plain names, so no id can reach outside the workspace.
bool isPlainName(const QString& id) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$"));
    return plain.match(id).hasMatch();
}

std::optional<QByteArray> readFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read `%1`: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace

Workspace::Workspace(const QString& dataDirectory, ProgressStore& store)
    : m_directory(QDir(dataDirectory).absoluteFilePath(QStringLiteral("workspaces"))), m_store(store) {}

QString Workspace::workingCopyPath(const QString& packId, const QString& exerciseId) const {
    if (!isPlainName(packId) || !isPlainName(exerciseId))
        return {};
    return QDir(m_directory).filePath(packId + QLatin1Char('/') + exerciseId + QStringLiteral(".cpp"));
}

bool Workspace::hasWorkingCopy(const QString& packId, const QString& exerciseId) const {
    const QString path = workingCopyPath(packId, exerciseId);
    return !path.isEmpty() && QFileInfo::exists(path);
}

bool Workspace::fail(const QString& message) {
    m_lastError = message;
    return false;
}

std::optional<QString> Workspace::checkedPath(const QString& packId, const QString& exerciseId) {
    const QString path = workingCopyPath(packId, exerciseId);
    if (path.isEmpty()) {
        fail(QStringLiteral("`%1`/`%2` cannot name a working copy: ids are letters, digits, `.`, `_` "
                            "and `-`, and do not start with `.`")
                 .arg(packId, exerciseId));
        return std::nullopt;
    }
    return path;
}

std::optional<QByteArray> Workspace::readStartingFile(const QString& startingFile) {
    const auto bytes = readFile(startingFile, &m_lastError);
    if (!bytes)
        m_lastError = QStringLiteral("the starting code is missing: ") + m_lastError;
    return bytes;
}

bool Workspace::writeAtomically(const QString& path, const QByteArray& contents) {
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(QStringLiteral("cannot create the folder `%1`").arg(folder));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return fail(QStringLiteral("cannot save `%1`: %2").arg(path, file.errorString()));
    return true;
}

std::optional<QString> Workspace::ensureWorkingCopy(const QString& packId, const QString& exerciseId,
                                                    const QString& startingFile) {
    const auto path = checkedPath(packId, exerciseId);
    if (!path)
        return std::nullopt;
    if (QFileInfo::exists(*path))
        return path;
    // Read and write rather than QFile::copy: the copy must not inherit the pack's
    // (possibly read-only) permissions, and must appear whole or not at all.
    const auto starting = readStartingFile(startingFile);
    if (!starting || !writeAtomically(*path, *starting))
        return std::nullopt;
    return path;
}

std::optional<QByteArray> Workspace::read(const QString& packId, const QString& exerciseId) {
    const auto path = checkedPath(packId, exerciseId);
    if (!path)
        return std::nullopt;
    if (!QFileInfo::exists(*path)) {
        fail(QStringLiteral("`%1` has no working copy yet (`%2`)").arg(exerciseId, *path));
        return std::nullopt;
    }
    return readFile(*path, &m_lastError);
}

bool Workspace::save(const QString& packId, const QString& exerciseId, const QByteArray& contents) {
    const auto path = checkedPath(packId, exerciseId);
    return path && writeAtomically(*path, contents);
}

bool Workspace::keepCurrentVersion(const QString& packId, const QString& exerciseId, SnapshotReason reason) {
    if (!hasWorkingCopy(packId, exerciseId))
        return true;
    const auto current = read(packId, exerciseId);
    if (!current)
        return fail(m_lastError + QStringLiteral("; nothing was overwritten"));
    if (!m_store.addSnapshot(packId, exerciseId, *current, reason))
        return fail(QStringLiteral("cannot keep the current version of `%1` in the history (%2); "
                                   "nothing was overwritten")
                        .arg(exerciseId, m_store.lastError()));
    return true;
}

bool Workspace::reset(const QString& packId, const QString& exerciseId, const QString& startingFile) {
    const auto path = checkedPath(packId, exerciseId);
    if (!path)
        return false;
    const auto starting = readStartingFile(startingFile);
    return starting && keepCurrentVersion(packId, exerciseId, SnapshotReason::Reset) &&
           writeAtomically(*path, *starting);
}

bool Workspace::restoreSnapshot(const QString& packId, const QString& exerciseId, qint64 snapshotId) {
    const auto path = checkedPath(packId, exerciseId);
    if (!path)
        return false;
    const auto source = m_store.snapshotSource(packId, exerciseId, snapshotId);
    if (!source)
        return fail(m_store.lastError());
    return keepCurrentVersion(packId, exerciseId, SnapshotReason::Restore) && writeAtomically(*path, *source);
}

} // namespace ownlings::course
