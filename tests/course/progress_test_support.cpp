// Helpers for the progress store tests.
#include "progress_test_support.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtDebug>

namespace ownlings::course::testing {
namespace {

const QString kConnection = QStringLiteral("progress-test-raw");

// Runs `body` on a fresh connection and removes the connection afterwards.
template <typename Body>
auto withConnection(const QString& path, Body body) {
    decltype(body(std::declval<QSqlDatabase&>())) result{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            result = body(db);
        else
            qWarning() << "cannot open" << path << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(kConnection);
    return result;
}

} // namespace

QVariant rawValue(const QString& path, const QString& sql) {
    return withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        if (!query.exec(sql)) {
            qWarning() << sql << query.lastError().text();
            return QVariant();
        }
        return query.next() ? query.value(0) : QVariant();
    });
}

bool rawExec(const QString& path, const QStringList& statements) {
    return withConnection(path, [&](QSqlDatabase& db) {
        QSqlQuery query(db);
        for (const QString& sql : statements) {
            if (!query.exec(sql)) {
                qWarning() << sql << query.lastError().text();
                return false;
            }
        }
        return true;
    });
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace ownlings::course::testing
