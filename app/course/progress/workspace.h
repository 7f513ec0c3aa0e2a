#pragma once
// Workspace: the learner's working copies of the exercises, outside the pristine pack.

#include "app/course/progress/progress_types.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ownlings::course {

class ProgressStore;

/// Working copies live at `<data>/workspaces/<pack id>/<exercise id>.cpp`. The pack's
/// starting files are only ever read. Every write is atomic (QSaveFile), and reset
/// and restore first save the current text in the store's history, so no version of
/// the learner's work is lost. Failures return false/nullopt; lastError() says why.
class Workspace {
public:
    /// `store` keeps the history that reset and restore add to; it must outlive the workspace.
    Workspace(const QString& dataDirectory, ProgressStore& store);

    /// `<data>/workspaces`.
    QString directory() const { return m_directory; }
    /// Where the working copy of an exercise lives (whether or not it exists yet); empty
    /// when an id is not a plain name (letters, digits, `.`, `_`, `-`, not starting with `.`).
    QString workingCopyPath(const QString& packId, const QString& exerciseId) const;
    bool hasWorkingCopy(const QString& packId, const QString& exerciseId) const;

    /// The working copy's path, copying `startingFile` there first when there is none yet.
    /// An existing working copy is never overwritten.
    std::optional<QString> ensureWorkingCopy(const QString& packId, const QString& exerciseId,
                                             const QString& startingFile);
    /// The working copy's bytes.
    std::optional<QByteArray> read(const QString& packId, const QString& exerciseId);
    /// Replaces the working copy atomically (creating it and its folder as needed).
    bool save(const QString& packId, const QString& exerciseId, const QByteArray& contents);
    /// Saves the current working copy as a `reset` snapshot, then writes the starting code
    /// back. When the snapshot cannot be saved nothing is overwritten.
    bool reset(const QString& packId, const QString& exerciseId, const QString& startingFile);
    /// Saves the current working copy as a `restore` snapshot, then writes the text of
    /// snapshot `snapshotId` (from ProgressStore::history()) over it.
    bool restoreSnapshot(const QString& packId, const QString& exerciseId, qint64 snapshotId);

    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString& message);
    std::optional<QString> checkedPath(const QString& packId, const QString& exerciseId);
    std::optional<QByteArray> readStartingFile(const QString& startingFile);
    bool writeAtomically(const QString& path, const QByteArray& contents);
    bool keepCurrentVersion(const QString& packId, const QString& exerciseId, SnapshotReason reason);

    QString m_directory;
    ProgressStore& m_store;
    QString m_lastError;
};

} // namespace ownlings::course
