// The progress database schema and its migrations.
//
// Tables (times are milliseconds since the epoch, UTC):
//   exercise     one row per (pack id, exercise id) the learner has touched;
//                status 0 not started, 1 attempted, 2 done
//   snapshot     every saved version of the learner's source (never deleted)
//   attempt      one row per grading, pointing at the snapshot it graded
//   hint_reveal  (v2) hints revealed, one row per hint number
//   quiz_answer  (v3) every answer given to a quiz exercise
//   pack_state   (v3) the current exercise of each pack
// Nothing is ever deleted, so no foreign key cascades.
#include "app/course/progress/progress_schema.h"

#include "app/course/progress/sql_helpers.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>

namespace ownlings::course {
namespace {

ProgressMigration baseTables() {
    return {1, QStringLiteral("exercises, attempts and source snapshots"),
            {
                QStringLiteral("CREATE TABLE exercise ("
                               " id INTEGER PRIMARY KEY,"
                               " pack_id TEXT NOT NULL,"
                               " exercise_id TEXT NOT NULL,"
                               " status INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2)),"
                               " first_seen_ms INTEGER,"
                               " done_at_ms INTEGER,"
                               " UNIQUE (pack_id, exercise_id))"),
                QStringLiteral("CREATE TABLE snapshot ("
                               " id INTEGER PRIMARY KEY,"
                               " exercise INTEGER NOT NULL REFERENCES exercise (id),"
                               " at_ms INTEGER NOT NULL,"
                               " reason INTEGER NOT NULL,"
                               " sha256 TEXT NOT NULL,"
                               " source BLOB NOT NULL)"),
                QStringLiteral("CREATE INDEX snapshot_by_exercise ON snapshot (exercise, id)"),
                QStringLiteral("CREATE TABLE attempt ("
                               " id INTEGER PRIMARY KEY,"
                               " exercise INTEGER NOT NULL REFERENCES exercise (id),"
                               " at_ms INTEGER NOT NULL,"
                               " stage TEXT NOT NULL,"
                               " passed INTEGER NOT NULL,"
                               " rules_hit TEXT NOT NULL DEFAULT '',"
                               " duration_ms INTEGER NOT NULL,"
                               " snapshot INTEGER REFERENCES snapshot (id))"),
                QStringLiteral("CREATE INDEX attempt_by_exercise ON attempt (exercise, id)"),
                QStringLiteral("CREATE INDEX attempt_by_snapshot ON attempt (snapshot)"),
            }};
}

ProgressMigration hintsAndSolutions() {
    return {2, QStringLiteral("revealed hints and viewed solutions"),
            {
                QStringLiteral("ALTER TABLE exercise ADD COLUMN solution_viewed_ms INTEGER"),
                QStringLiteral("CREATE TABLE hint_reveal ("
                               " exercise INTEGER NOT NULL REFERENCES exercise (id),"
                               " number INTEGER NOT NULL CHECK (number >= 1),"
                               " at_ms INTEGER NOT NULL,"
                               " PRIMARY KEY (exercise, number))"),
            }};
}

ProgressMigration quizzesAndCurrentExercise() {
    return {3, QStringLiteral("quiz answers and the current exercise of each pack"),
            {
                QStringLiteral("CREATE TABLE quiz_answer ("
                               " id INTEGER PRIMARY KEY,"
                               " exercise INTEGER NOT NULL REFERENCES exercise (id),"
                               " at_ms INTEGER NOT NULL,"
                               " answer TEXT NOT NULL,"
                               " correct INTEGER NOT NULL)"),
                QStringLiteral("CREATE INDEX quiz_answer_by_exercise ON quiz_answer (exercise, id)"),
                QStringLiteral("CREATE TABLE pack_state ("
                               " pack_id TEXT PRIMARY KEY,"
                               " current_exercise TEXT NOT NULL)"),
            }};
}

bool applyMigration(QSqlDatabase& db, const ProgressMigration& migration, QString* error) {
    sql::WriteTransaction transaction(db);
    if (!transaction.begun()) {
        *error = transaction.error();
        return false;
    }
    // Read the version inside the write lock: another process may have migrated meanwhile.
    const int version = readSchemaVersion(db, error);
    if (version < 0)
        return false;
    if (version >= migration.version)
        return true;
    Q_ASSERT(version == migration.version - 1);
    QSqlQuery query(db);
    const QString what = QStringLiteral("schema migration to version %1 (%2) failed")
                             .arg(migration.version)
                             .arg(migration.summary);
    for (const QString& statement : migration.statements) {
        if (!sql::run(query, statement, {}, what, error))
            return false;
    }
    // PRAGMA takes no bound values; the version is our own integer.
    if (!sql::run(query, QStringLiteral("PRAGMA user_version = %1").arg(migration.version), {}, what,
                  error))
        return false;
    if (!transaction.commit()) {
        *error = what + QStringLiteral(": ") + transaction.error();
        return false;
    }
    return true;
}

} // namespace

const std::vector<ProgressMigration>& progressMigrations() {
    static const std::vector<ProgressMigration> migrations = {
        baseTables(),
        hintsAndSolutions(),
        quizzesAndCurrentExercise(),
    };
    return migrations;
}

int readSchemaVersion(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    if (!sql::run(query, QStringLiteral("PRAGMA user_version"), {},
                  QStringLiteral("cannot read the schema version"), error))
        return -1;
    if (!query.next()) {
        if (error)
            *error = QStringLiteral("cannot read the schema version: no answer");
        return -1;
    }
    return query.value(0).toInt();
}

bool migrateProgressDatabase(QSqlDatabase& db, int targetVersion, QString* error) {
    const auto& migrations = progressMigrations();
    Q_ASSERT(targetVersion >= 0 && targetVersion <= static_cast<int>(migrations.size()));
    QString message;
    const int current = readSchemaVersion(db, &message);
    bool ok = current >= 0;
    for (int index = std::max(current, 0); ok && index < targetVersion; ++index) {
        Q_ASSERT(migrations[static_cast<size_t>(index)].version == index + 1);
        ok = applyMigration(db, migrations[static_cast<size_t>(index)], &message);
    }
    if (!ok && error)
        *error = message;
    return ok;
}

} // namespace ownlings::course
