#pragma once
// Small helpers over Qt SQL for the progress store: statements with bound values,
// SQLite result codes and write transactions. Internal to app/course/progress.

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlError;

namespace ownlings::course::sql {

/// Milliseconds since the epoch for a stored time; an invalid `at` means now.
qint64 timeMs(const QDateTime& at);
/// A stored time (ms since the epoch) as UTC; invalid for NULL.
QDateTime timeFrom(const QVariant& ms);

/// SQLite primary result codes the store reacts to.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;

/// The primary SQLite result code of an error (extended codes masked), 0 when there is none.
int sqliteCode(const QSqlError& error);

/// The driver's and the database's words for an error, on one line.
QString describe(const QSqlError& error);

/// Prepares `sql`, binds `values` in order and runs it on `query`.
/// On failure returns false and sets `error` to "<what>: <reason>".
bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what,
         QString* error);

/// A write transaction (BEGIN IMMEDIATE: takes the write lock at once and waits for
/// it through the busy timeout, instead of failing later on a lock upgrade).
/// Rolls back on destruction unless committed.
class WriteTransaction {
public:
    explicit WriteTransaction(QSqlDatabase& db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /// Whether BEGIN succeeded; when not, `error()` says why.
    bool begun() const { return m_begun; }
    bool commit();
    QString error() const { return m_error; }

private:
    QSqlDatabase& m_db;
    bool m_begun = false;
    bool m_done = false;
    QString m_error;
};

} // namespace ownlings::course::sql
