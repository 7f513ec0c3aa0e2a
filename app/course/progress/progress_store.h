#pragma once
// ProgressStore: the learner's progress in one SQLite database (Qt SQL, QSQLITE).

#include "app/course/progress/progress_types.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace ownlings::course {

class ProgressStore;

/// The outcome of ProgressStore::open(): a store, or an error to show; warnings either way.
struct StoreOpening {
    std::unique_ptr<ProgressStore> store; ///< null when the database could not be opened
    QString error;                        ///< why not, naming the file and what to do next
    QStringList warnings;                 ///< e.g. a corrupt database was moved aside; show these too
};

/// Progress per pack id and exercise id: status, attempts, source snapshots, hints,
/// solution views, quiz answers and each pack's current exercise.
///
/// Any number of stores, in one process or several, may use one database file at
/// once (WAL, a 5 s busy timeout, every write in one BEGIN IMMEDIATE transaction).
/// A store is bound to the thread that opened it (QSqlDatabase is per thread): open
/// another store for another thread.
///
/// Writes return false and queries return std::nullopt on failure; lastError() then
/// says what failed. Times are returned in UTC; an invalid `at` means "now".
/// Nothing the store records is ever deleted.
class ProgressStore {
public:
    /// The database file inside a data folder: `<dataDirectory>/progress.sqlite`.
    static QString databasePathIn(const QString& dataDirectory);
    /// Opens (creating as needed) the database in a data folder (see defaultDataDirectory()).
    static StoreOpening openInDirectory(const QString& dataDirectory);
    /// Opens (creating as needed) the database file at `path`; ":memory:" gives a private,
    /// throwaway store. An unreadable file is moved aside (see openProgressDatabase()).
    static StoreOpening open(const QString& path);

    ~ProgressStore();
    ProgressStore(const ProgressStore&) = delete;
    ProgressStore& operator=(const ProgressStore&) = delete;

    QString databasePath() const { return m_path; }
    /// What the last failed call failed on.
    QString lastError() const { return m_lastError; }

    // --- writes --------------------------------------------------------------------

    /// The learner opened the exercise: sets first seen (once).
    bool markSeen(const QString& packId, const QString& exerciseId, const QDateTime& at = {});
    /// Records a graded attempt and snapshots its source (an identical source right after
    /// the previous snapshot reuses it). Passing marks the exercise done (done at is kept
    /// from the first pass); failing marks a not-started exercise attempted.
    /// Returns the attempt id.
    std::optional<qint64> recordAttempt(const QString& packId, const QString& exerciseId,
                                        const AttemptRecord& attempt);
    /// Saves a version of the source in the history without grading it (before reset or
    /// restore). Returns the snapshot id; an identical latest snapshot is reused.
    std::optional<qint64> addSnapshot(const QString& packId, const QString& exerciseId,
                                      const QByteArray& source, SnapshotReason reason,
                                      const QDateTime& at = {});
    /// Hint `number` (1-based) was shown. Revealing the same number again changes nothing.
    bool recordHintRevealed(const QString& packId, const QString& exerciseId, int number,
                            const QDateTime& at = {});
    /// The reference solution was shown (the first time is kept).
    bool recordSolutionViewed(const QString& packId, const QString& exerciseId,
                              const QDateTime& at = {});
    /// An answer to a quiz exercise. A correct one marks it done, a wrong one attempted.
    bool recordQuizAnswer(const QString& packId, const QString& exerciseId, const QString& answer,
                          bool correct, const QDateTime& at = {});
    /// Remembers which exercise of the pack the learner is on.
    bool setCurrentExercise(const QString& packId, const QString& exerciseId);

    // --- queries -------------------------------------------------------------------

    /// One exercise; an exercise never touched comes back NotStarted with no times.
    std::optional<ExerciseProgress> exerciseProgress(const QString& packId, const QString& exerciseId);
    /// With `exerciseIds` (the pack's exercises in course order): one entry per id, in that
    /// order, untouched ones NotStarted. Without: every exercise of the pack the store
    /// knows, in the order they were first recorded.
    std::optional<QList<ExerciseProgress>> packProgress(const QString& packId,
                                                        const QStringList& exerciseIds = {});
    /// Every attempt at one exercise, oldest first.
    std::optional<QList<AttemptInfo>> attempts(const QString& packId, const QString& exerciseId);
    /// Every saved version of the source, oldest first (without the text).
    std::optional<QList<SnapshotInfo>> history(const QString& packId, const QString& exerciseId);
    /// The text of one snapshot of this exercise; nullopt when there is no such snapshot.
    std::optional<QByteArray> snapshotSource(const QString& packId, const QString& exerciseId,
                                             qint64 snapshotId);
    /// Hints revealed so far, by number.
    std::optional<QList<HintReveal>> hintsRevealed(const QString& packId, const QString& exerciseId);
    /// Every quiz answer, oldest first.
    std::optional<QList<QuizAnswer>> quizAnswers(const QString& packId, const QString& exerciseId);
    /// The pack's current exercise id; an empty string when none was set.
    std::optional<QString> currentExercise(const QString& packId);

private:
    ProgressStore(QString path, QString connectionName);

    QSqlDatabase& database();
    bool fail(const QString& message);
    /// Runs `body` with the exercise's row id (created as needed) in one write transaction.
    bool writeExercise(const QString& packId, const QString& exerciseId,
                       const std::function<bool(qint64 row)>& body);
    bool touch(qint64 exerciseRow, qint64 atMs);
    /// The exercise row id; 0 when absent and `create` is false; nullopt on failure.
    std::optional<qint64> exerciseRow(const QString& packId, const QString& exerciseId, bool create);
    std::optional<qint64> snapshotIn(qint64 exerciseRow, const QByteArray& source,
                                     SnapshotReason reason, qint64 atMs);
    bool updateStatus(qint64 exerciseRow, bool passed, qint64 atMs);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread* m_thread = nullptr;
    QString m_lastError;
};

} // namespace ownlings::course
