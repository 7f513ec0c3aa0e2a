// Reading one `[[chapter.quiz]]`: a question with choices, or a checker quiz on a program.
#include "app/course/pack/manifest_items.h"

namespace ownlings::course {
namespace {

void readChoiceQuiz(TableReader& table, Quiz& quiz, ManifestContext& context) {
    quiz.kind = Quiz::Kind::Choice;
    quiz.question = table.string(QStringLiteral("question"), Need::Required).value_or(QString());
    const auto choices = table.strings(QStringLiteral("choices"), Need::Required);
    if (choices) {
        for (const TomlValue* choice : *choices) {
            if (choice->text.trimmed().isEmpty()) context.problem(choice->position.line, QStringLiteral("a choice is empty"));
            quiz.choices.append(choice->text);
        }
        if (quiz.choices.size() < 2) {
            context.problem(table.lineOf(QStringLiteral("choices")), QStringLiteral("a quiz needs at least two choices"));
        }
    }
    const std::optional<qint64> answer = table.integer(QStringLiteral("answer"), Need::Required);
    if (answer && choices && (*answer < 0 || *answer >= quiz.choices.size())) {
        context.problem(table.lineOf(QStringLiteral("answer")),
                        QStringLiteral("`answer` is %1 but the choices are numbered 0 to %2")
                            .arg(*answer)
                            .arg(quiz.choices.size() - 1));
    } else if (answer) {
        quiz.answer = static_cast<int>(*answer);
    }
    table.reject(QStringLiteral("answer_line"), QStringLiteral("`answer_line` belongs to a checker quiz (one with `file`)"));
    table.reject(QStringLiteral("rules"), QStringLiteral("`rules` belongs to a checker quiz (one with `file`)"));
}

void readCheckerQuiz(TableReader& table, Quiz& quiz, ManifestContext& context) {
    quiz.kind = Quiz::Kind::Checker;
    quiz.question = table.string(QStringLiteral("question"), Need::Optional).value_or(QString());
    const FileRef file = readPackFile(table, QStringLiteral("file"), Need::Required, context);
    quiz.file = file.path;
    quiz.rules = readRules(table, QStringLiteral("rules"), context);
    const std::optional<qint64> line = table.integer(QStringLiteral("answer_line"), Need::Required);
    const int where = table.lineOf(QStringLiteral("answer_line"));
    if (line && *line < 0) {
        context.problem(where, QStringLiteral("`answer_line` must be 0 (the program passes) or a line number, not %1")
                                   .arg(*line));
    } else if (line && file.contents && *line > lineCount(*file.contents)) {
        context.problem(where, QStringLiteral("`answer_line` is %1 but `%2` has only %3 lines")
                                   .arg(*line)
                                   .arg(quiz.file)
                                   .arg(lineCount(*file.contents)));
    } else if (line) {
        quiz.answerLine = static_cast<int>(*line);
    }
    table.reject(QStringLiteral("answer"), QStringLiteral("a checker quiz answers with `answer_line`, not `answer`"));
}

// When the kind of quiz is unclear, its kind-specific keys are not reported as unknown too.
void skipKindKeys(TableReader& table) {
    for (const char* key : {"choices", "file", "question", "answer", "answer_line", "rules"}) {
        table.take(QString::fromLatin1(key));
    }
}

} // namespace

Quiz readQuiz(const TomlValue& value, ManifestContext& context) {
    TableReader table(value, describeTable(value, QStringLiteral("quiz"), QStringLiteral("[[chapter.quiz]]")),
                      context.file, context.problems);
    Quiz quiz;
    quiz.manifestLine = table.line();
    quiz.id = readId(table, context);
    quiz.title = table.string(QStringLiteral("title"), Need::Required).value_or(QString());
    const bool hasChoices = table.has(QStringLiteral("choices"));
    const bool hasFile = table.has(QStringLiteral("file"));
    if (hasChoices && hasFile) {
        context.problem(table.line(), QStringLiteral("a quiz has `choices` or a `file` to check, not both"));
        skipKindKeys(table);
    } else if (hasChoices) {
        readChoiceQuiz(table, quiz, context);
    } else if (hasFile) {
        readCheckerQuiz(table, quiz, context);
    } else {
        context.problem(table.line(), QStringLiteral("a quiz needs `choices` (a question with choices) "
                                                     "or `file` (does this program pass the checker?)"));
        skipKindKeys(table);
    }
    quiz.explanation = table.string(QStringLiteral("explanation"), Need::Required).value_or(QString());
    table.reportUnknownKeys();
    return quiz;
}

} // namespace ownlings::course
