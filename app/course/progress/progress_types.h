#pragma once
// Plain values the progress store takes and returns (no pack or grading types).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ownlings::course {

/// Where a learner stands on one exercise. Stored as an integer: never renumber.
enum class ExerciseStatus {
    NotStarted = 0, ///< never graded (it may have been opened: see firstSeen)
    Attempted = 1,  ///< graded at least once, never passed
    Done = 2,       ///< passed once; stays done even if a later attempt fails
};

/// "not started", "attempted" or "done": the words `ownlings list` and the JSON use.
QString statusName(ExerciseStatus status);

/// One graded attempt, as the grader hands it to the store.
struct AttemptRecord {
    QString stage;          ///< stage reached, as the grader names it ("check", "compile", "run", "test")
    bool passed = false;    ///< true marks the exercise done
    QStringList rulesHit;   ///< rule ids of the checker findings, in order
    qint64 durationMs = 0;  ///< wall-clock time of the grading
    QByteArray source;      ///< the exact bytes that were graded; kept as a snapshot
    QDateTime at;           ///< when; the current time when left invalid
};

/// An attempt read back from the store.
struct AttemptInfo {
    qint64 id = 0;
    QDateTime at;
    QString stage;
    bool passed = false;
    QStringList rulesHit;
    qint64 durationMs = 0;
    qint64 snapshotId = 0; ///< the snapshot holding the graded source
};

/// Why a snapshot was taken.
enum class SnapshotReason {
    Attempt = 0, ///< the source of a graded attempt
    Reset = 1,   ///< the working copy just before `reset` replaced it
    Restore = 2, ///< the working copy just before a snapshot was restored over it
    Manual = 3,  ///< saved on request (e.g. before a risky edit)
};

/// "attempt", "reset", "restore" or "manual".
QString snapshotReasonName(SnapshotReason reason);

/// One saved version of the learner's source, without its text (see ProgressStore::snapshotSource).
struct SnapshotInfo {
    qint64 id = 0;
    QDateTime at;
    SnapshotReason reason = SnapshotReason::Attempt;
    QString stage;        ///< stage reached by the attempt that took it; empty for other reasons
    bool passed = false;  ///< whether that attempt passed
    QByteArray sha256;    ///< hex digest of the source
    qint64 size = 0;      ///< bytes
};

/// One revealed hint.
struct HintReveal {
    int number = 0; ///< 1-based, in the pack's order
    QDateTime at;
};

/// One answer to a quiz exercise.
struct QuizAnswer {
    QDateTime at;
    QString answer; ///< the choice text, or "line 12" for "which line?" quizzes: the caller's words
    bool correct = false;
};

/// Everything `ownlings list`/`ownlings progress` show for one exercise.
struct ExerciseProgress {
    QString packId;
    QString exerciseId;
    ExerciseStatus status = ExerciseStatus::NotStarted;
    QDateTime firstSeen;            ///< invalid when never opened or graded
    QDateTime doneAt;               ///< first time it passed; invalid when not done
    int attempts = 0;               ///< graded attempts
    int quizAnswers = 0;            ///< answers given, for a quiz exercise
    int hintsRevealed = 0;
    QDateTime solutionViewedAt;     ///< invalid when the solution was never shown
    QString lastStage;              ///< stage of the latest attempt; empty when none
    QDateTime lastAttemptAt;

    bool solutionViewed() const { return solutionViewedAt.isValid(); }
    /// Milliseconds from first seen to done, when both are known.
    std::optional<qint64> timeToDoneMs() const;
};

} // namespace ownlings::course
