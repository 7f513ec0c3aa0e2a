#pragma once
// Fixture packs for the pack tests: where they are, copies to change, problems as comparable text.

#include "app/course/pack/pack_loader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace ownlings::course {

/// tests/course/data
QString dataDir();
/// tests/course/data/example-pack, the pack documented in docs/pack-format.md.
QString examplePackDir();

/// Copies a folder tree (files and folders; fails the test on error).
void copyTree(const QString& from, const QString& to);
void copyExamplePack(const QString& to);

QByteArray readFile(const QString& path);
void writeFile(const QString& path, const QByteArray& contents);
/// Replaces the one occurrence of `before` in the file by `after`.
void replaceInFile(const QString& path, const QByteArray& before, const QByteArray& after);

/// Each problem as "file:line[:column]: message".
QStringList lines(const std::vector<PackProblem>& problems);
/// All problems, one a line, for failure messages.
QString describe(const std::vector<PackProblem>& problems);

} // namespace ownlings::course
