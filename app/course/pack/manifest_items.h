#pragma once
// Reading the items of a chapter (exercises and quizzes) and the pieces they share.

#include "app/course/pack/pack.h"
#include "app/course/pack/pack_files.h"
#include "app/course/pack/table_reader.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace ownlings::course {

/// Where problems go while one manifest is read.
struct ManifestContext {
    QString file; ///< the manifest, relative to the pack folder
    PackFiles& files;
    std::vector<PackProblem>& problems;

    void problem(int line, const QString& message) { problems.push_back({file, line, 0, message}); }
};

/// "exercise `move1`" when the table has a string id, else `fallback` ("[[chapter.exercise]]").
QString describeTable(const TomlValue& table, const QString& kind, const QString& fallback);

/// The required `id`, checked against the id pattern; empty when unusable.
QString readId(TableReader& table, ManifestContext& context);

struct FileRef {
    QString path;                        ///< cleaned, relative to the pack folder; empty when unusable
    const QByteArray* contents = nullptr; ///< nullptr when the file is unusable
};

/// A pack file named by `key`: checked (inside the pack, regular, size, UTF-8) and read.
FileRef readPackFile(TableReader& table, const QString& key, Need need, ManifestContext& context);

/// The rule ids listed under `key` (optional); unknown ids are reported.
std::vector<engine::RuleId> readRules(TableReader& table, const QString& key, ManifestContext& context);

Exercise readExercise(const TomlValue& table, ManifestContext& context);
Quiz readQuiz(const TomlValue& table, ManifestContext& context);

} // namespace ownlings::course
