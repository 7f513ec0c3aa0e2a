#pragma once
// The exercise pack model: a pack, its chapters, and their exercises and quizzes in course order.

#include "app/course/grading/grade_request.h"
#include "engine/rules.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <variant>
#include <vector>

namespace ownlings::course {

// GradeMode (check | run | test) is grading's, in grading/grade_request.h.

/// A grading stage that starting code may be expected to fail at (`expect.stage`).
enum class ExpectedStage { Compile, Run, Test };

/// What the unchanged starting code must show (`[chapter.exercise.expect]`):
/// either a checker finding of `rule` on `line`, or a failure at `stage`.
struct Expectation {
    enum class Kind { Finding, StageFailure };
    Kind kind = Kind::Finding;
    engine::RuleId rule{};            ///< Finding only
    int line = 0;                     ///< Finding only: 1-based line in the starting code
    ExpectedStage stage{};            ///< StageFailure only
    QString failingTest;              ///< StageFailure at Test only, may be empty: any failing test
    int manifestLine = 0;             ///< line of `[chapter.exercise.expect]` in the manifest
};

/// A known-wrong edit (`[[chapter.exercise.wrong]]`): replacing the one
/// occurrence of `find` in the starting code by `replace` must still fail grading.
struct WrongEdit {
    QString find;
    QString replace;
    QString why;
    int manifestLine = 0;
};

struct Exercise {
    QString id;           ///< unique among all items of the pack
    QString title;
    QString instructions;
    QString file;         ///< starting code, path relative to the pack root ('/'-separated)
    QString solution;     ///< reference solution, relative to the pack root
    QString test;         ///< test file, relative to the pack root; set only for GradeMode::Test
    GradeMode grade = GradeMode::Check;
    std::vector<engine::RuleId> rules;     ///< discipline rules turned on, as written
    QStringList hints;                     ///< 1 to 3, revealed in order
    std::optional<QString> expectedOutput; ///< GradeMode::Run only: exact expected stdout
    Expectation expect;
    std::vector<WrongEdit> wrongEdits;
    int manifestLine = 0; ///< line of the `[[chapter.exercise]]` header, for messages
};

/// A quiz: a question with choices, or a checker quiz ("does this program pass
/// the checker, and if not, on which line?"). `explanation` is shown after answering.
struct Quiz {
    enum class Kind { Choice, Checker };
    Kind kind = Kind::Choice;
    QString id; ///< unique among all items of the pack
    QString title;
    QString question;    ///< Choice: the question; Checker: optional prompt, may be empty
    QStringList choices; ///< Choice only, at least two
    int answer = 0;      ///< Choice only: 0-based index into `choices`
    QString file;        ///< Checker only: the program, relative to the pack root
    int answerLine = 0;  ///< Checker only: 1-based line of the first finding, 0 = passes
    std::vector<engine::RuleId> rules; ///< Checker only: discipline rules turned on
    QString explanation;
    int manifestLine = 0;
};

/// One step of a chapter, in the order written in the manifest.
using Item = std::variant<Exercise, Quiz>;

const QString& itemId(const Item& item);
const QString& itemTitle(const Item& item);

struct Chapter {
    QString id;
    QString title;
    QString lesson; ///< Markdown lesson, relative to the pack root
    std::vector<Item> items;
    int manifestLine = 0;
};

struct Pack {
    int formatVersion = 1;
    QString id; ///< progress is kept per pack id
    QString title;
    QString version;
    QStringList authors;
    QString rootDir;      ///< absolute, canonical folder every relative path starts from
    QString manifestPath; ///< the manifest, relative to rootDir: "pack.toml" or "exercises/pack.toml"
    std::vector<Chapter> chapters;

    /// The absolute path of a pack-relative path such as Exercise::file.
    QString absolutePath(const QString& relativePath) const;

    /// Every item (exercises and quizzes) in course order.
    std::vector<const Item*> courseOrder() const;
    /// Every exercise in course order, quizzes left out.
    std::vector<const Exercise*> exercises() const;

    /// nullptr when no item has this id.
    const Item* findItem(const QString& wanted) const;
    const Exercise* findExercise(const QString& wanted) const;
    const Quiz* findQuiz(const QString& wanted) const;
    const Chapter* chapterOf(const QString& wanted) const;

    /// The item after `wanted` in course order; nullptr after the last or for an unknown id.
    const Item* nextItem(const QString& wanted) const;
    /// The exercise after `wanted` (which may name an exercise or a quiz), skipping
    /// quizzes; nullptr when none follows or `wanted` is unknown.
    const Exercise* nextExercise(const QString& wanted) const;
};

/// The rules grading turns on for an exercise: every bug rule plus its discipline rules.
engine::RuleSet enabledRules(const Exercise& exercise);
/// The same for a checker quiz.
engine::RuleSet enabledRules(const Quiz& quiz);

/// "compile", "run" or "test", as written in the manifest.
QString expectedStageName(ExpectedStage stage);

} // namespace ownlings::course
