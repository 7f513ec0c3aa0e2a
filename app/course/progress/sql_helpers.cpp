// Small helpers over Qt SQL for the progress store.
#include "app/course/progress/sql_helpers.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace ownlings::course::sql {

qint64 timeMs(const QDateTime& at) {
    return (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
}

QDateTime timeFrom(const QVariant& ms) {
    if (ms.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
}

int sqliteCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

QString describe(const QSqlError& error) {
    QString text = error.databaseText();
    if (!error.driverText().isEmpty() && !text.contains(error.driverText()))
        text = text.isEmpty() ? error.driverText() : error.driverText() + QStringLiteral(": ") + text;
    if (!error.nativeErrorCode().isEmpty())
        text += QStringLiteral(" (SQLite code %1)").arg(error.nativeErrorCode());
    return text;
}

bool run(QSqlQuery& query, const QString& sql, const QVariantList& values, const QString& what,
         QString* error) {
    const bool ok = query.prepare(sql) && [&] {
        for (const QVariant& value : values)
            query.addBindValue(value);
        return query.exec();
    }();
    if (!ok && error)
        *error = what + QStringLiteral(": ") + describe(query.lastError());
    return ok;
}

WriteTransaction::WriteTransaction(QSqlDatabase& db) : m_db(db) {
    QSqlQuery query(m_db);
    m_begun = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_begun)
        m_error = QStringLiteral("cannot start a write: ") + describe(query.lastError());
}

WriteTransaction::~WriteTransaction() {
    if (m_begun && !m_done)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit() {
    Q_ASSERT(m_begun && !m_done);
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        m_error = QStringLiteral("cannot save: ") + describe(query.lastError());
        return false;
    }
    m_done = true;
    return true;
}

} // namespace ownlings::course::sql
