// Opening the progress database file safely.
#include "app/course/progress/progress_database.h"

#include "app/course/progress/progress_schema.h"
#include "app/course/progress/sql_helpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace ownlings::course {
namespace {

const QString kInMemory = QStringLiteral(":memory:");

enum class Health { Ok, Unreadable, Failed };

struct Check {
    Health health = Health::Ok;
    QString reason;
};

bool meansUnreadable(const QSqlError& error) {
    const int code = sql::sqliteCode(error);
    return code == sql::kSqliteNotADatabase || code == sql::kSqliteCorrupt ||
           code == sql::kSqliteCantOpen;
}

Check failure(const QSqlError& error) {
    return {meansUnreadable(error) ? Health::Unreadable : Health::Failed, sql::describe(error)};
}

// Looks at the file before SQLite does: SQLite would treat a -wal or -shm beside a
// foreign file as its own and tidy them away on close.
Check headerCheck(const QString& path) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return {Health::Unreadable, QStringLiteral("cannot read it: ") + file.errorString()};
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16))
        return {Health::Unreadable, QStringLiteral("it is not an SQLite database")};
    return {};
}

// Opens the file and reads it through once: SQLite opens lazily, so garbage only shows on the first read.
Check openAndCheck(QSqlDatabase& db, const QString& path) {
    db.close();
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kProgressBusyTimeoutMs));
    if (!db.open())
        return failure(db.lastError());
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failure(query.lastError());
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            problems << line;
    }
    if (!problems.isEmpty())
        return {Health::Unreadable, QStringLiteral("damaged: ") + problems.first()};
    return {};
}

bool moveAside(const QString& from, const QString& to, QString* error) {
    if (!QFileInfo::exists(from) && !QFileInfo(from).isSymLink())
        return true;
    if (QDir().rename(from, to))
        return true;
    *error = QStringLiteral("cannot move `%1` to `%2`").arg(from, to);
    return false;
}

// Moves the database and its WAL files aside together: a stale -wal next to a new
// database would be replayed into it. The set-aside trio still opens with sqlite3.
bool setAside(const QString& path, QString* asidePath, QString* error) {
    const QString aside = setAsideName(path, QDateTime::currentDateTime());
    if (!moveAside(path, aside, error))
        return false;
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (!moveAside(path + suffix, aside + suffix, error))
            return false;
    }
    *asidePath = aside;
    return true;
}

QString setAsideWarning(const QString& path, const QString& aside, const QString& reason) {
    return QStringLiteral("The progress database `%1` could not be read (%2). It was moved "
                          "aside to `%3` and a new, empty progress database was started. Your "
                          "working copies are untouched; keep the old file if you want to recover "
                          "its history.")
        .arg(path, reason, aside);
}

// Makes sure `path` can become a database file: its folder exists, and no folder sits in its place.
bool prepareLocation(const QString& path, DatabaseOpening& result) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = QStringLiteral("cannot create the folder `%1` for the progress database; "
                                      "choose another folder with --data DIR")
                           .arg(info.absolutePath());
        return false;
    }
    if (!info.isDir())
        return true;
    QString aside;
    QString error;
    if (!setAside(path, &aside, &error)) {
        result.error = QStringLiteral("`%1` is a folder, not a progress database, and %2").arg(path, error);
        return false;
    }
    result.warnings << setAsideWarning(path, aside, QStringLiteral("it was a folder, not a file"));
    return true;
}

bool configure(QSqlDatabase& db, QString* error) {
    QSqlQuery query(db);
    const QString what = QStringLiteral("cannot configure the progress database");
    if (!sql::run(query, QStringLiteral("PRAGMA journal_mode = WAL"), {}, what, error))
        return false;
    return sql::run(query, QStringLiteral("PRAGMA foreign_keys = ON"), {}, what, error);
}

QString newerVersionError(const QString& path, int version) {
    return QStringLiteral("The progress database `%1` was written by a newer Ownlings (schema "
                          "version %2; this one knows up to %3). It was left untouched: update "
                          "Ownlings, or keep a separate progress with --data DIR.")
        .arg(path)
        .arg(version)
        .arg(kProgressSchemaVersion);
}

// Health-checks the open database and brings its schema up to date.
bool finishOpening(QSqlDatabase& db, const QString& path, QString* error) {
    const int version = readSchemaVersion(db, error);
    if (version < 0)
        return false;
    if (version > kProgressSchemaVersion) {
        *error = newerVersionError(path, version);
        return false;
    }
    if (!configure(db, error))
        return false;
    return migrateProgressDatabase(db, kProgressSchemaVersion, error);
}

} // namespace

QString setAsideName(const QString& path, const QDateTime& when) {
    const QString base = path + QStringLiteral(".corrupt-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

DatabaseOpening openProgressDatabase(QSqlDatabase& db, const QString& path) {
    DatabaseOpening result;
    const bool inMemory = path == kInMemory;
    if (!inMemory && !prepareLocation(path, result))
        return result;
    Check check = inMemory ? Check{} : headerCheck(path);
    if (check.health == Health::Ok)
        check = openAndCheck(db, path);
    if (check.health == Health::Unreadable && !inMemory && QFileInfo::exists(path)) {
        db.close();
        QString aside;
        QString error;
        if (!setAside(path, &aside, &error)) {
            result.error = QStringLiteral("The progress database `%1` could not be read (%2), and %3.")
                               .arg(path, check.reason, error);
            return result;
        }
        result.warnings << setAsideWarning(path, aside, check.reason);
        check = openAndCheck(db, path);
    }
    if (check.health != Health::Ok) {
        result.error = QStringLiteral("cannot open the progress database `%1`: %2").arg(path, check.reason);
        db.close();
        return result;
    }
    if (!finishOpening(db, path, &result.error)) {
        db.close();
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace ownlings::course
