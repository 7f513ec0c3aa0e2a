#pragma once
// Helpers for the progress store tests: raw SQL on a database file beside the store.

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace ownlings::course::testing {

/// Runs one statement on `path` through a connection of its own and returns the first
/// column of the first row (invalid when there is none or it failed).
QVariant rawValue(const QString& path, const QString& sql);
/// Runs statements on `path` through a connection of its own; false when one fails.
bool rawExec(const QString& path, const QStringList& statements);

QByteArray readAll(const QString& path);
bool writeAll(const QString& path, const QByteArray& bytes);

} // namespace ownlings::course::testing
