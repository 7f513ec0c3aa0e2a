#pragma once
// The progress database schema: its version and the ordered migrations that build it.

#include <QString>
#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace ownlings::course {

/// The newest schema this build knows (`PRAGMA user_version`). A database with a
/// higher version was written by a newer Ownlings and is refused, never migrated down.
constexpr int kProgressSchemaVersion = 3;

/// One step of the schema: brings version `version - 1` to `version`.
struct ProgressMigration {
    int version = 0;
    QString summary;
    QStringList statements; ///< run in order, one statement each, in one transaction
};

/// Every migration, oldest first; entry i has version i + 1.
const std::vector<ProgressMigration>& progressMigrations();

/// The database's `PRAGMA user_version`, or -1 with `error` set when it cannot be read.
int readSchemaVersion(QSqlDatabase& db, QString* error);

/// Runs the migrations from the database's version up to `targetVersion`, each in its
/// own write transaction (BEGIN IMMEDIATE, so two processes opening a new database
/// at once do not both migrate). A step another connection already applied is skipped.
/// Returns false with `error` set when a step fails; that step leaves no trace.
bool migrateProgressDatabase(QSqlDatabase& db, int targetVersion, QString* error);

} // namespace ownlings::course
