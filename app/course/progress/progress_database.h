#pragma once
// Opening the progress database file safely: busy timeout, health check, setting
// aside an unreadable file, WAL, foreign keys and schema migrations.

#include <QDateTime>
#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace ownlings::course {

/// How long a connection waits for another writer (another window or process) before failing.
constexpr int kProgressBusyTimeoutMs = 5000;

/// The outcome of opening the progress database.
struct DatabaseOpening {
    bool ok = false;
    QString error;        ///< why it could not be opened (set when !ok), naming the file and what to do
    QStringList warnings; ///< things the learner must hear about even though it opened (a file set aside)
};

/// Opens `path` (or ":memory:") on `db`, a QSQLITE connection its caller added, and
/// brings the schema up to date. A file SQLite cannot read as a database (garbage
/// bytes, a folder in its place, unreadable) is moved aside with setAsideName(), its
/// -wal/-shm files with it, and a new database is started, with a warning that names
/// both files. A database newer than this build is refused and left untouched.
DatabaseOpening openProgressDatabase(QSqlDatabase& db, const QString& path);

/// `<path>.corrupt-<yyyyMMdd-HHmmss>` in local time, or with `-2`, `-3`, ... appended
/// when that name is already taken, so a set-aside file is never overwritten.
QString setAsideName(const QString& path, const QDateTime& when);

} // namespace ownlings::course
