// ProgressStore: reading progress back.
#include "app/course/progress/progress_store.h"

#include "app/course/progress/sql_helpers.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace ownlings::course {
namespace {

// One row per exercise with its counts; callers append a WHERE on `e`.
const QString kProgressSelect = QStringLiteral(
    "SELECT e.exercise_id, e.status, e.first_seen_ms, e.done_at_ms, e.solution_viewed_ms,"
    " (SELECT COUNT(*) FROM attempt a WHERE a.exercise = e.id),"
    " (SELECT COUNT(*) FROM hint_reveal h WHERE h.exercise = e.id),"
    " (SELECT a.stage FROM attempt a WHERE a.exercise = e.id ORDER BY a.id DESC LIMIT 1),"
    " (SELECT a.at_ms FROM attempt a WHERE a.exercise = e.id ORDER BY a.id DESC LIMIT 1),"
    " (SELECT COUNT(*) FROM quiz_answer q WHERE q.exercise = e.id)"
    " FROM exercise e WHERE e.pack_id = ?");

ExerciseStatus statusFrom(const QVariant& value) {
    const int status = value.toInt();
    if (status == static_cast<int>(ExerciseStatus::Done))
        return ExerciseStatus::Done;
    if (status == static_cast<int>(ExerciseStatus::Attempted))
        return ExerciseStatus::Attempted;
    return ExerciseStatus::NotStarted;
}

ExerciseProgress progressFrom(const QSqlQuery& query, const QString& packId) {
    ExerciseProgress progress;
    progress.packId = packId;
    progress.exerciseId = query.value(0).toString();
    progress.status = statusFrom(query.value(1));
    progress.firstSeen = sql::timeFrom(query.value(2));
    progress.doneAt = sql::timeFrom(query.value(3));
    progress.solutionViewedAt = sql::timeFrom(query.value(4));
    progress.attempts = query.value(5).toInt();
    progress.hintsRevealed = query.value(6).toInt();
    progress.lastStage = query.value(7).toString();
    progress.lastAttemptAt = sql::timeFrom(query.value(8));
    progress.quizAnswers = query.value(9).toInt();
    return progress;
}

ExerciseProgress untouched(const QString& packId, const QString& exerciseId) {
    ExerciseProgress progress;
    progress.packId = packId;
    progress.exerciseId = exerciseId;
    return progress;
}

SnapshotReason reasonFrom(const QVariant& value) {
    const int reason = value.toInt();
    return reason >= 0 && reason <= static_cast<int>(SnapshotReason::Manual) ? static_cast<SnapshotReason>(reason)
                                                                             : SnapshotReason::Manual;
}

} // namespace

std::optional<ExerciseProgress> ProgressStore::exerciseProgress(const QString& packId,
                                                                const QString& exerciseId) {
    const auto all = packProgress(packId, {exerciseId});
    if (!all)
        return std::nullopt;
    return all->first();
}

std::optional<QList<ExerciseProgress>> ProgressStore::packProgress(const QString& packId,
                                                                   const QStringList& exerciseIds) {
    QSqlQuery query(database());
    if (!sql::run(query, kProgressSelect + QStringLiteral(" ORDER BY e.id"), {packId},
                  QStringLiteral("cannot read the progress of pack `%1`").arg(packId), &m_lastError))
        return std::nullopt;
    QList<ExerciseProgress> known;
    while (query.next())
        known << progressFrom(query, packId);
    if (exerciseIds.isEmpty())
        return known;
    QHash<QString, qsizetype> indexById;
    for (qsizetype i = 0; i < known.size(); ++i)
        indexById.insert(known[i].exerciseId, i);
    QList<ExerciseProgress> ordered;
    for (const QString& id : exerciseIds) {
        const auto found = indexById.constFind(id);
        ordered << (found == indexById.cend() ? untouched(packId, id) : known[*found]);
    }
    return ordered;
}

std::optional<QList<AttemptInfo>> ProgressStore::attempts(const QString& packId, const QString& exerciseId) {
    QSqlQuery query(database());
    if (!sql::run(query,
                  QStringLiteral("SELECT a.id, a.at_ms, a.stage, a.passed, a.rules_hit, a.duration_ms, a.snapshot"
                                 " FROM attempt a JOIN exercise e ON a.exercise = e.id"
                                 " WHERE e.pack_id = ? AND e.exercise_id = ? ORDER BY a.id"),
                  {packId, exerciseId}, QStringLiteral("cannot read the attempts at `%1`").arg(exerciseId),
                  &m_lastError))
        return std::nullopt;
    QList<AttemptInfo> result;
    while (query.next()) {
        AttemptInfo attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.at = sql::timeFrom(query.value(1));
        attempt.stage = query.value(2).toString();
        attempt.passed = query.value(3).toBool();
        attempt.rulesHit = query.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        attempt.durationMs = query.value(5).toLongLong();
        attempt.snapshotId = query.value(6).toLongLong();
        result << attempt;
    }
    return result;
}

std::optional<QList<SnapshotInfo>> ProgressStore::history(const QString& packId, const QString& exerciseId) {
    QSqlQuery query(database());
    // Stage and result come from the latest attempt that graded this exact text.
    if (!sql::run(query,
                  QStringLiteral("SELECT s.id, s.at_ms, s.reason, s.sha256, LENGTH(s.source),"
                                 " (SELECT a.stage FROM attempt a WHERE a.snapshot = s.id ORDER BY a.id DESC LIMIT 1),"
                                 " (SELECT a.passed FROM attempt a WHERE a.snapshot = s.id ORDER BY a.id DESC LIMIT 1)"
                                 " FROM snapshot s JOIN exercise e ON s.exercise = e.id"
                                 " WHERE e.pack_id = ? AND e.exercise_id = ? ORDER BY s.id"),
                  {packId, exerciseId}, QStringLiteral("cannot read the history of `%1`").arg(exerciseId),
                  &m_lastError))
        return std::nullopt;
    QList<SnapshotInfo> result;
    while (query.next()) {
        SnapshotInfo snapshot;
        snapshot.id = query.value(0).toLongLong();
        snapshot.at = sql::timeFrom(query.value(1));
        snapshot.reason = reasonFrom(query.value(2));
        snapshot.sha256 = query.value(3).toByteArray();
        snapshot.size = query.value(4).toLongLong();
        snapshot.stage = query.value(5).toString();
        snapshot.passed = query.value(6).toBool();
        result << snapshot;
    }
    return result;
}

std::optional<QByteArray> ProgressStore::snapshotSource(const QString& packId, const QString& exerciseId,
                                                        qint64 snapshotId) {
    QSqlQuery query(database());
    if (!sql::run(query,
                  QStringLiteral("SELECT s.source FROM snapshot s JOIN exercise e ON s.exercise = e.id"
                                 " WHERE s.id = ? AND e.pack_id = ? AND e.exercise_id = ?"),
                  {snapshotId, packId, exerciseId},
                  QStringLiteral("cannot read snapshot %1 of `%2`").arg(snapshotId).arg(exerciseId), &m_lastError))
        return std::nullopt;
    if (!query.next()) {
        fail(QStringLiteral("`%1` has no saved version %2").arg(exerciseId).arg(snapshotId));
        return std::nullopt;
    }
    QByteArray source = query.value(0).toByteArray();
    if (source.isNull())
        source = QByteArray("");
    return source;
}

std::optional<QList<HintReveal>> ProgressStore::hintsRevealed(const QString& packId, const QString& exerciseId) {
    QSqlQuery query(database());
    if (!sql::run(query,
                  QStringLiteral("SELECT h.number, h.at_ms FROM hint_reveal h JOIN exercise e ON h.exercise = e.id"
                                 " WHERE e.pack_id = ? AND e.exercise_id = ? ORDER BY h.number"),
                  {packId, exerciseId}, QStringLiteral("cannot read the hints of `%1`").arg(exerciseId),
                  &m_lastError))
        return std::nullopt;
    QList<HintReveal> result;
    while (query.next())
        result << HintReveal{query.value(0).toInt(), sql::timeFrom(query.value(1))};
    return result;
}

std::optional<QList<QuizAnswer>> ProgressStore::quizAnswers(const QString& packId, const QString& exerciseId) {
    QSqlQuery query(database());
    if (!sql::run(query,
                  QStringLiteral("SELECT q.at_ms, q.answer, q.correct FROM quiz_answer q JOIN exercise e ON q.exercise = e.id"
                                 " WHERE e.pack_id = ? AND e.exercise_id = ? ORDER BY q.id"),
                  {packId, exerciseId}, QStringLiteral("cannot read the answers to `%1`").arg(exerciseId),
                  &m_lastError))
        return std::nullopt;
    QList<QuizAnswer> result;
    while (query.next())
        result << QuizAnswer{sql::timeFrom(query.value(0)), query.value(1).toString(), query.value(2).toBool()};
    return result;
}

std::optional<QString> ProgressStore::currentExercise(const QString& packId) {
    QSqlQuery query(database());
    if (!sql::run(query, QStringLiteral("SELECT current_exercise FROM pack_state WHERE pack_id = ?"), {packId},
                  QStringLiteral("cannot read the current exercise of `%1`").arg(packId), &m_lastError))
        return std::nullopt;
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace ownlings::course
