// The course commands over ownlings_course's Course.
#include "app/cli/course_commands.h"

#include "app/cli/cli_app.h"
#include "app/cli/course_options.h"
#include "app/cli/grade_output.h"
#include "app/cli/progress_output.h"
#include "app/cli/terminal.h"
#include "app/course/grading/grade_result_json.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ownlings::cli {
namespace {

using course::Course;
using course::Exercise;
using course::Item;
using course::Quiz;

constexpr const char* kCommonOptions = R"(Options:
  --pack DIR     the exercise pack (default: the bundled one)
  --data DIR     where progress and working copies are kept
                 (default: ~/.local/share/ownlings)
  -h, --help     this help
)";

bool printHelp(const CourseOptions& options, const char* usage) {
    if (!options.help) return false;
    printOut(QString::fromUtf8(usage) + QString::fromUtf8(kCommonOptions));
    return true;
}

const Exercise* exerciseOrComplain(const Item* item) {
    if (!item) return nullptr;
    if (const auto* exercise = std::get_if<Exercise>(item)) return exercise;
    printErr(QStringLiteral("error: `%1` is a quiz; answer it with `ownlings quiz %1`\n").arg(course::itemId(*item)));
    return nullptr;
}

/// Grades one exercise, prints the result, moves the current marker; true when it passed.
bool gradeAndPrint(Course& course, const Exercise& exercise, bool json) {
    const course::GradedAttempt attempt = course.gradeWorkingCopy(exercise);
    const QString path = course.workspace().workingCopyPath(course.pack().id, exercise.id);
    if (json) {
        QJsonObject object = course::gradeResultToJson(attempt.result);
        object.insert(QStringLiteral("exercise"), exercise.id);
        object.insert(QStringLiteral("file"), path);
        printOut(QString::fromUtf8(QJsonDocument(object).toJson()));
    } else {
        printOut(QStringLiteral("grading %1 (%2)\n").arg(exercise.id, path));
        const QString source = course::readTextFile(path).value_or(QString());
        printOut(gradeResultText(attempt.result, path, source, useColor(ColorChoice::Auto)));
    }
    if (!attempt.recordError.isEmpty())
        printErr(QStringLiteral("warning: the attempt was not saved: %1\n").arg(attempt.recordError));
    const Item* next = attempt.result.passed ? course.pack().nextItem(exercise.id) : nullptr;
    course.store().setCurrentExercise(course.pack().id, next ? course::itemId(*next) : exercise.id);
    if (!json && next)
        printOut(QStringLiteral("next: %1 (%2)\n").arg(course::itemId(*next), course::itemTitle(*next)));
    return attempt.result.passed;
}

int statusFor(const course::GradedAttempt& attempt) {
    if (attempt.result.stage == course::GradeStage::Setup) return kExitFailure;
    return attempt.result.passed ? kExitClean : kExitFindings;
}

} // namespace

int runList(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings list --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings list [--format text|json]\n\nLists the exercises and quizzes with their status; `>` marks the current one.\n\n"))
        return kExitClean;
    if (options->format != "" && options->format != "text" && options->format != "json")
        return usageError("`--format` takes `text` or `json`", "ownlings list --help");
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    printOut(options->format == "json" ? listJson(*course) : listText(*course, useColor(ColorChoice::Auto)));
    return kExitClean;
}

int runGrade(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings run --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings run [EXERCISE] [--format text|json]\n\nGrades the current (or the named) exercise: ownership check, compile with\nsanitizers, run, tests. Exit status 0 when it passes, 1 when it fails.\n\n"))
        return kExitClean;
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    const Exercise* exercise =
        exerciseOrComplain(resolveItem(*course, options->positional.empty() ? "" : options->positional.front()));
    if (!exercise) return kExitFailure;
    const bool passed = gradeAndPrint(*course, *exercise, options->format == "json");
    return passed ? kExitClean : kExitFindings;
}

int runVerify(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings verify --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings verify\n\nGrades every exercise in course order and stops at the first one that does\nnot pass yet (quizzes must have been answered).\n\n"))
        return kExitClean;
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    const auto order = course->pack().courseOrder();
    int position = 0;
    for (const Item* item : order) {
        ++position;
        const QString counter = QStringLiteral("[%1/%2] ").arg(position).arg(order.size());
        if (const auto* quiz = std::get_if<Quiz>(item)) {
            const auto progress = course->store().exerciseProgress(course->pack().id, quiz->id);
            if (progress && progress->status == course::ExerciseStatus::Done) continue;
            course->store().setCurrentExercise(course->pack().id, quiz->id);
            printOut(counter + QStringLiteral("quiz %1 is not answered yet: `ownlings quiz %1`\n").arg(quiz->id));
            return kExitFindings;
        }
        const Exercise& exercise = std::get<Exercise>(*item);
        const course::GradedAttempt attempt = course->gradeWorkingCopy(exercise);
        if (attempt.result.passed) {
            printOut(counter + QStringLiteral("%1 ok\n").arg(exercise.id));
            continue;
        }
        printOut(counter + QStringLiteral("%1 does not pass yet:\n").arg(exercise.id));
        const QString path = course->workspace().workingCopyPath(course->pack().id, exercise.id);
        printOut(gradeResultText(attempt.result, path, course::readTextFile(path).value_or(QString()),
                                 useColor(ColorChoice::Auto)));
        course->store().setCurrentExercise(course->pack().id, exercise.id);
        return statusFor(attempt);
    }
    printOut(QStringLiteral("All %1 exercises and quizzes of `%2` are done.\n").arg(order.size()).arg(course->pack().title));
    return kExitClean;
}

int runHint(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings hint --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings hint [EXERCISE]\n\nReveals the next hint of the current (or the named) exercise.\n\n"))
        return kExitClean;
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    const Exercise* exercise =
        exerciseOrComplain(resolveItem(*course, options->positional.empty() ? "" : options->positional.front()));
    if (!exercise) return kExitFailure;
    const qsizetype total = exercise->hints.size();
    int number = 0;
    const std::optional<QString> hint = course->revealNextHint(*exercise, &number);
    if (!hint) {
        printOut(QStringLiteral("All %1 hints of %2 are shown:\n").arg(total).arg(exercise->id));
        const QStringList shown = course->revealedHints(*exercise);
        for (qsizetype i = 0; i < shown.size(); ++i) printOut(QStringLiteral("  %1. %2\n").arg(i + 1).arg(shown[i]));
        return kExitClean;
    }
    printOut(QStringLiteral("hint %1 of %2 for %3:\n  %4\n").arg(number).arg(total).arg(exercise->id, *hint));
    return kExitClean;
}

int runReset(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings reset --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings reset EXERCISE\n\nRestores the exercise's starting code. Your current version is kept in the\nhistory first, so nothing is lost.\n\n"))
        return kExitClean;
    if (options->positional.size() != 1) return usageError("name the exercise to reset", "ownlings reset --help");
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    const Exercise* exercise = exerciseOrComplain(resolveItem(*course, options->positional.front()));
    if (!exercise) return kExitFailure;
    const course::Pack& pack = course->pack();
    if (!course->workspace().reset(pack.id, exercise->id, pack.absolutePath(exercise->file))) {
        printErr(QStringLiteral("error: cannot reset %1: %2\n").arg(exercise->id, course->workspace().lastError()));
        return kExitFailure;
    }
    printOut(QStringLiteral("%1 is back to its starting code (%2); the previous version is in its history.\n")
                 .arg(exercise->id, course->workspace().workingCopyPath(pack.id, exercise->id)));
    return kExitClean;
}

int runProgress(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings progress --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings progress [--format table|csv|json]\n\nShows status, attempts, hints and time to done of every exercise.\n\n"))
        return kExitClean;
    const std::string format = options->format.empty() ? "table" : options->format;
    if (format != "table" && format != "csv" && format != "json")
        return usageError("`--format` takes `table`, `csv` or `json`", "ownlings progress --help");
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    printOut(progressText(*course, QString::fromStdString(format)));
    return kExitClean;
}

int runQuiz(const std::vector<std::string>& args) {
    auto options = parseCourseOptions(args, "ownlings quiz --help");
    if (!options) return kExitFailure;
    if (printHelp(*options, "Usage: ownlings quiz [QUIZ] [ANSWER]\n\nShows a quiz; with ANSWER (a choice number, or a line number and 0 for\n\"passes\"), records the answer and explains it.\n\n"))
        return kExitClean;
    auto course = openCourse(*options);
    if (!course) return kExitFailure;
    const Item* item = resolveItem(*course, options->positional.empty() ? "" : options->positional.front());
    const Quiz* quiz = item ? std::get_if<Quiz>(item) : nullptr;
    if (!quiz) {
        if (item) printErr(QStringLiteral("error: `%1` is an exercise; grade it with `ownlings run %1`\n").arg(course::itemId(*item)));
        return kExitFailure;
    }
    if (options->positional.size() < 2) {
        printOut(quizText(*course, *quiz));
        return kExitClean;
    }
    bool isNumber = false;
    const int answer = QString::fromStdString(options->positional[1]).toInt(&isNumber);
    if (!isNumber) return usageError("the answer is a number", "ownlings quiz --help");
    const int stored = quiz->kind == Quiz::Kind::Choice ? answer - 1 : answer;
    const bool correct = course->answerQuiz(*quiz, stored);
    printOut((correct ? QStringLiteral("Right.\n") : QStringLiteral("Not quite.\n")) + quiz->explanation + QLatin1Char('\n'));
    if (correct) {
        const Item* next = course->pack().nextItem(quiz->id);
        course->store().setCurrentExercise(course->pack().id, next ? course::itemId(*next) : quiz->id);
    }
    return correct ? kExitClean : kExitFindings;
}

} // namespace ownlings::cli
