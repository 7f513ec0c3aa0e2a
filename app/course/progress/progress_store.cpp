// ProgressStore: opening the database and recording progress.
#include "app/course/progress/progress_store.h"

#include "app/course/progress/progress_database.h"
#include "app/course/progress/sql_helpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>

namespace ownlings::course {
namespace {

const QString kDatabaseFileName = QStringLiteral("progress.sqlite");

QString uniqueConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("ownlings-progress-%1").arg(++counter);
}

QString absoluteDatabasePath(const QString& path) {
    return path == QStringLiteral(":memory:") ? path : QFileInfo(path).absoluteFilePath();
}

QByteArray sha256Hex(const QByteArray& bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace

QString ProgressStore::databasePathIn(const QString& dataDirectory) {
    return QDir(dataDirectory).filePath(kDatabaseFileName);
}

StoreOpening ProgressStore::openInDirectory(const QString& dataDirectory) {
    return open(databasePathIn(dataDirectory));
}

StoreOpening ProgressStore::open(const QString& path) {
    StoreOpening result;
    std::unique_ptr<ProgressStore> store(new ProgressStore(absoluteDatabasePath(path), uniqueConnectionName()));
    if (!store->m_db.isValid()) {
        result.error = QStringLiteral("Qt's SQLite driver (QSQLITE) is missing: install the "
                                      "package libqt6sql6-sqlite (scripts/install-deps)");
        return result;
    }
    const DatabaseOpening opening = openProgressDatabase(store->m_db, store->m_path);
    result.warnings = opening.warnings;
    if (!opening.ok) {
        result.error = opening.error;
        return result;
    }
    result.store = std::move(store);
    return result;
}

ProgressStore::ProgressStore(QString path, QString connectionName)
    : m_path(std::move(path)),
      m_connectionName(std::move(connectionName)),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName)),
      m_thread(QThread::currentThread()) {}

ProgressStore::~ProgressStore() {
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase& ProgressStore::database() {
    Q_ASSERT_X(QThread::currentThread() == m_thread, "ProgressStore",
               "a store is used only on the thread that opened it");
    return m_db;
}

bool ProgressStore::fail(const QString& message) {
    m_lastError = message;
    return false;
}

std::optional<qint64> ProgressStore::exerciseRow(const QString& packId, const QString& exerciseId,
                                                 bool create) {
    if (packId.isEmpty() || exerciseId.isEmpty()) {
        fail(QStringLiteral("a pack id and an exercise id are needed (got `%1` and `%2`)")
                 .arg(packId, exerciseId));
        return std::nullopt;
    }
    QSqlQuery query(database());
    if (create && !sql::run(query,
                            QStringLiteral("INSERT INTO exercise (pack_id, exercise_id) VALUES (?, ?)"
                                           " ON CONFLICT (pack_id, exercise_id) DO NOTHING"),
                            {packId, exerciseId}, QStringLiteral("cannot record exercise `%1`").arg(exerciseId),
                            &m_lastError))
        return std::nullopt;
    if (!sql::run(query, QStringLiteral("SELECT id FROM exercise WHERE pack_id = ? AND exercise_id = ?"),
                  {packId, exerciseId}, QStringLiteral("cannot read exercise `%1`").arg(exerciseId),
                  &m_lastError))
        return std::nullopt;
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<qint64> ProgressStore::snapshotIn(qint64 exerciseRow, const QByteArray& source,
                                                SnapshotReason reason, qint64 atMs) {
    const QByteArray hash = sha256Hex(source);
    QSqlQuery query(database());
    const QString what = QStringLiteral("cannot save a snapshot of the source");
    if (!sql::run(query, QStringLiteral("SELECT id, sha256 FROM snapshot WHERE exercise = ? ORDER BY id DESC LIMIT 1"),
                  {exerciseRow}, what, &m_lastError))
        return std::nullopt;
    // The same text as the latest snapshot is already safe: reuse it instead of piling up copies.
    if (query.next() && query.value(1).toByteArray() == hash)
        return query.value(0).toLongLong();
    if (!sql::run(query,
                  QStringLiteral("INSERT INTO snapshot (exercise, at_ms, reason, sha256, source)"
                                 " VALUES (?, ?, ?, ?, COALESCE(?, X''))"),
                  {exerciseRow, atMs, static_cast<int>(reason), QString::fromLatin1(hash), source}, what,
                  &m_lastError))
        return std::nullopt;
    return query.lastInsertId().toLongLong();
}

bool ProgressStore::updateStatus(qint64 exerciseRow, bool passed, qint64 atMs) {
    QSqlQuery query(database());
    return sql::run(query,
                    QStringLiteral("UPDATE exercise SET"
                                   " first_seen_ms = COALESCE(first_seen_ms, ?),"
                                   " status = CASE WHEN ? THEN 2 WHEN status = 0 THEN 1 ELSE status END,"
                                   " done_at_ms = CASE WHEN ? THEN COALESCE(done_at_ms, ?) ELSE done_at_ms END"
                                   " WHERE id = ?"),
                    {atMs, passed, passed, atMs, exerciseRow}, QStringLiteral("cannot update the status"),
                    &m_lastError);
}

bool ProgressStore::writeExercise(const QString& packId, const QString& exerciseId,
                                  const std::function<bool(qint64 row)>& body) {
    sql::WriteTransaction transaction(database());
    if (!transaction.begun())
        return fail(transaction.error());
    const auto row = exerciseRow(packId, exerciseId, true);
    if (!row || !body(*row))
        return false;
    return transaction.commit() || fail(transaction.error());
}

bool ProgressStore::touch(qint64 exerciseRow, qint64 atMs) {
    QSqlQuery query(database());
    return sql::run(query, QStringLiteral("UPDATE exercise SET first_seen_ms = COALESCE(first_seen_ms, ?) WHERE id = ?"),
                    {atMs, exerciseRow}, QStringLiteral("cannot mark the exercise seen"), &m_lastError);
}

bool ProgressStore::markSeen(const QString& packId, const QString& exerciseId, const QDateTime& at) {
    return writeExercise(packId, exerciseId, [&](qint64 row) { return touch(row, sql::timeMs(at)); });
}

std::optional<qint64> ProgressStore::recordAttempt(const QString& packId, const QString& exerciseId,
                                                   const AttemptRecord& attempt) {
    const qint64 atMs = sql::timeMs(attempt.at);
    qint64 attemptId = 0;
    const bool ok = writeExercise(packId, exerciseId, [&](qint64 row) {
        const auto snapshot = snapshotIn(row, attempt.source, SnapshotReason::Attempt, atMs);
        if (!snapshot)
            return false;
        QSqlQuery query(database());
        if (!sql::run(query,
                      QStringLiteral("INSERT INTO attempt (exercise, at_ms, stage, passed, rules_hit, duration_ms, snapshot)"
                                     " VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?)"),
                      {row, atMs, attempt.stage, attempt.passed, attempt.rulesHit.join(QLatin1Char(',')),
                       attempt.durationMs, *snapshot},
                      QStringLiteral("cannot record the attempt at `%1`").arg(exerciseId), &m_lastError))
            return false;
        attemptId = query.lastInsertId().toLongLong();
        return updateStatus(row, attempt.passed, atMs);
    });
    return ok ? std::optional(attemptId) : std::nullopt;
}

std::optional<qint64> ProgressStore::addSnapshot(const QString& packId, const QString& exerciseId,
                                                 const QByteArray& source, SnapshotReason reason,
                                                 const QDateTime& at) {
    std::optional<qint64> snapshot;
    const bool ok = writeExercise(packId, exerciseId, [&](qint64 row) {
        snapshot = snapshotIn(row, source, reason, sql::timeMs(at));
        return snapshot.has_value();
    });
    return ok ? snapshot : std::nullopt;
}

bool ProgressStore::recordHintRevealed(const QString& packId, const QString& exerciseId, int number,
                                       const QDateTime& at) {
    if (number < 1)
        return fail(QStringLiteral("hint numbers start at 1 (got %1)").arg(number));
    const qint64 atMs = sql::timeMs(at);
    return writeExercise(packId, exerciseId, [&](qint64 row) {
        QSqlQuery query(database());
        return sql::run(query,
                        QStringLiteral("INSERT INTO hint_reveal (exercise, number, at_ms) VALUES (?, ?, ?)"
                                       " ON CONFLICT (exercise, number) DO NOTHING"),
                        {row, number, atMs},
                        QStringLiteral("cannot record hint %1 of `%2`").arg(number).arg(exerciseId),
                        &m_lastError) &&
               touch(row, atMs);
    });
}

bool ProgressStore::recordSolutionViewed(const QString& packId, const QString& exerciseId,
                                         const QDateTime& at) {
    const qint64 atMs = sql::timeMs(at);
    return writeExercise(packId, exerciseId, [&](qint64 row) {
        QSqlQuery query(database());
        return sql::run(query,
                        QStringLiteral("UPDATE exercise SET solution_viewed_ms = COALESCE(solution_viewed_ms, ?)"
                                       " WHERE id = ?"),
                        {atMs, row},
                        QStringLiteral("cannot record that the solution of `%1` was shown").arg(exerciseId),
                        &m_lastError) &&
               touch(row, atMs);
    });
}

bool ProgressStore::recordQuizAnswer(const QString& packId, const QString& exerciseId, const QString& answer,
                                     bool correct, const QDateTime& at) {
    const qint64 atMs = sql::timeMs(at);
    return writeExercise(packId, exerciseId, [&](qint64 row) {
        QSqlQuery query(database());
        return sql::run(query,
                        QStringLiteral("INSERT INTO quiz_answer (exercise, at_ms, answer, correct)"
                                       " VALUES (?, ?, COALESCE(?, ''), ?)"),
                        {row, atMs, answer, correct},
                        QStringLiteral("cannot record the answer to `%1`").arg(exerciseId), &m_lastError) &&
               updateStatus(row, correct, atMs);
    });
}

bool ProgressStore::setCurrentExercise(const QString& packId, const QString& exerciseId) {
    if (packId.isEmpty() || exerciseId.isEmpty())
        return fail(QStringLiteral("a pack id and an exercise id are needed to set the current exercise"));
    QSqlQuery query(database());
    return sql::run(query,
                    QStringLiteral("INSERT INTO pack_state (pack_id, current_exercise) VALUES (?, ?)"
                                   " ON CONFLICT (pack_id) DO UPDATE SET current_exercise = excluded.current_exercise"),
                    {packId, exerciseId}, QStringLiteral("cannot remember the current exercise"),
                    &m_lastError);
}

} // namespace ownlings::course
