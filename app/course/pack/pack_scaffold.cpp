// The files of a new pack, and writing them without overwriting anything.
#include "app/course/pack/pack_scaffold.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <utility>
#include <vector>

namespace ownlings::course {
namespace {

const QString kLessonPath = QStringLiteral("lessons/01-moves.md");
const QString kExercisePath = QStringLiteral("exercises/01-moves/move1.cpp");
const QString kSolutionPath = QStringLiteral("exercises/01-moves/move1.solution.cpp");
const QString kBuggyRead = QStringLiteral("    std::cout << name << '\\n';");

const char* const kStartingCode = R"(// Use after move: print the name twice without reading a moved-from string.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> names;
    std::string name = "Ann";
    names.push_back(std::move(name));
    // ownlings: begin locked (the output)
    std::cout << names[0] << '\n';
    std::cout << name << '\n';
    // ownlings: end locked
}
)";

const char* const kLesson = R"(# Moving values

`std::move(name)` does not move anything by itself: it lets the next
constructor or assignment take `name`'s contents. Afterwards `name` is *valid
but unspecified*: you may assign to it or let it go, but reading it is a bug.

When you still need a value after handing it over, hand over a copy.
)";

// A TOML basic string holding `text` exactly.
QString tomlString(const QString& text) {
    QString escaped;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            escaped += u'\\';
            escaped += c;
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            escaped += c;
        }
    }
    return u'"' + escaped + u'"';
}

int lineOf(const QString& text, const QString& line) {
    const QStringList lines = text.split(u'\n');
    return static_cast<int>(lines.indexOf(line)) + 1;
}

QString manifest(const QString& id, const QString& title) {
    const QString code = QString::fromUtf8(kStartingCode);
    // One multi-argument arg() call: a title holding "%1" must not be substituted again.
    return QStringLiteral(R"(# An Ownlings exercise pack (format: docs/pack-format.md in Ownlings).
# Check it with `ownlings pack check DIR`.
format_version = 1
id = %1
title = %2
version = "0.1.0"
authors = []

[[chapter]]
id = "moves"
title = "Moving values"
lesson = "%3"

  [[chapter.exercise]]
  id = "move1"
  title = "Use after move"
  instructions = "Make the program print the name twice without reading a moved-from string."
  file = "%4"
  solution = "%5"
  grade = "run"
  expected_output = "Ann\nAnn\n"
  hints = [
    "Which line reads `name` after its contents went into the vector?",
    "Give the vector a copy: `names.push_back(name);`.",
  ]

    [chapter.exercise.expect]
    rule = "use-after-move"
    line = %6

    [[chapter.exercise.wrong]]
    find = %7
    replace = %8
    why = "printing a literal hides the bug, and the output lines are locked"
)")
        .arg(tomlString(id), tomlString(title), kLessonPath, kExercisePath, kSolutionPath,
             QString::number(lineOf(code, kBuggyRead)), tomlString(kBuggyRead.trimmed()),
             tomlString(QStringLiteral("std::cout << \"Ann\" << '\\n';")));
}

std::vector<std::pair<QString, QString>> packFiles(const QString& id, const QString& title) {
    QString solution = QString::fromUtf8(kStartingCode);
    solution.replace(QStringLiteral("names.push_back(std::move(name));"), QStringLiteral("names.push_back(name);"));
    return {{QStringLiteral("pack.toml"), manifest(id, title)},
            {kLessonPath, QString::fromUtf8(kLesson)},
            {kExercisePath, QString::fromUtf8(kStartingCode)},
            {kSolutionPath, solution}};
}

QString refusal(const QString& dir, const QString& id, const QString& title) {
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    if (!idPattern.match(id).hasMatch()) {
        return QStringLiteral("pack id `%1` may hold only lower-case letters, digits, `-` and `_`").arg(id);
    }
    if (title.trimmed().isEmpty()) return QStringLiteral("the pack needs a title");
    const QFileInfo folder(dir);
    if (folder.exists() && !folder.isDir()) return QStringLiteral("`%1` is a file, not a folder").arg(dir);
    if (folder.isDir() && !QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        return QStringLiteral("`%1` is not empty; choose a new or empty folder").arg(dir);
    }
    return {};
}

bool writeText(const QString& path, const QString& text, QString& error) {
    if (!QDir().mkpath(QFileInfo(path).path())) {
        error = QStringLiteral("cannot create the folder `%1`").arg(QFileInfo(path).path());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        error = QStringLiteral("cannot write `%1`: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

ScaffoldResult scaffoldPack(const QString& dir, const QString& id, const QString& title) {
    ScaffoldResult result;
    result.error = refusal(dir, id, title);
    if (!result.error.isEmpty()) return result;
    for (const auto& [path, text] : packFiles(id, title)) {
        if (!writeText(QDir(dir).filePath(path), text, result.error)) return result;
        result.files << path;
    }
    result.ok = true;
    return result;
}

} // namespace ownlings::course
