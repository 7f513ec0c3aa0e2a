// Reading one `[[chapter.exercise]]`: grading mode, files, rules, hints, expectation and wrong edits.
#include "app/course/pack/manifest_items.h"

#include <algorithm>

namespace ownlings::course {
namespace {

const QString kExpectName = QStringLiteral("[chapter.exercise.expect]");

std::optional<GradeMode> readGrade(TableReader& table, ManifestContext& context) {
    const std::optional<QString> grade = table.string(QStringLiteral("grade"), Need::Required);
    if (!grade) return std::nullopt;
    if (*grade == u"check") return GradeMode::Check;
    if (*grade == u"run") return GradeMode::Run;
    if (*grade == u"test") return GradeMode::Test;
    context.problem(table.lineOf(QStringLiteral("grade")),
                    QStringLiteral("`grade` must be \"check\", \"run\" or \"test\", not \"%1\"").arg(*grade));
    return std::nullopt;
}

QStringList readHints(TableReader& table, ManifestContext& context) {
    QStringList hints;
    const auto texts = table.strings(QStringLiteral("hints"), Need::Required);
    if (!texts) return hints;
    const int line = table.lineOf(QStringLiteral("hints"));
    if (texts->empty() || texts->size() > 3) {
        context.problem(line, QStringLiteral("`hints` needs 1 to 3 entries, not %1").arg(texts->size()));
    }
    for (const TomlValue* text : *texts) {
        if (text->text.trimmed().isEmpty()) context.problem(text->position.line, QStringLiteral("a hint is empty"));
        hints.append(text->text);
    }
    return hints;
}

// `test` and `expected_output` belong to one grading mode each.
void readGradeExtras(TableReader& table, std::optional<GradeMode> grade, Exercise& exercise, ManifestContext& context) {
    if (grade == GradeMode::Test) {
        exercise.test = readPackFile(table, QStringLiteral("test"), Need::Required, context).path;
    } else if (grade) {
        table.reject(QStringLiteral("test"), QStringLiteral("`test` is only used with grade = \"test\""));
    }
    if (grade == GradeMode::Run || !grade) {
        exercise.expectedOutput = table.string(QStringLiteral("expected_output"), Need::Optional);
    } else {
        table.reject(QStringLiteral("expected_output"), QStringLiteral("`expected_output` is only used with grade = \"run\""));
    }
    if (const auto stdinWanted = table.boolean(QStringLiteral("stdin"), Need::Optional); stdinWanted.value_or(false)) {
        context.problem(table.lineOf(QStringLiteral("stdin")),
                        QStringLiteral("learner programs never get stdin; remove `stdin` or set it to false"));
    }
}

// Out-parameters rather than std::optional<enum>: GCC 12 warns falsely (maybe-uninitialized) on the latter.
bool ruleNamed(const QString& name, engine::RuleId& rule) {
    const auto found = engine::ruleFromName(name.toStdString());
    if (found) rule = *found;
    return found.has_value();
}

bool stageNamed(const QString& name, ExpectedStage& stage) {
    if (name == u"compile") stage = ExpectedStage::Compile;
    else if (name == u"run") stage = ExpectedStage::Run;
    else if (name == u"test") stage = ExpectedStage::Test;
    else return false;
    return true;
}

bool contains(const std::vector<engine::RuleId>& rules, engine::RuleId rule) {
    return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

void readFindingExpectation(TableReader& expect, const Exercise& exercise, const QByteArray* code,
                            Expectation& expectation, ManifestContext& context) {
    expectation.kind = Expectation::Kind::Finding;
    expect.reject(QStringLiteral("failing_test"), QStringLiteral("`failing_test` goes with `stage = \"test\"`"));
    const std::optional<QString> name = expect.string(QStringLiteral("rule"), Need::Required);
    const int ruleLine = expect.lineOf(QStringLiteral("rule"));
    engine::RuleId rule{};
    if (name && !ruleNamed(*name, rule)) {
        context.problem(ruleLine, QStringLiteral("unknown rule `%1` (`ownlings explain` lists the rules)").arg(*name));
    } else if (name) {
        expectation.rule = rule;
        if (engine::ruleInfo(rule).kind == engine::RuleKind::Discipline && !contains(exercise.rules, rule)) {
            context.problem(ruleLine, QStringLiteral("`%1` is a discipline rule: list it in the exercise's `rules` "
                                                     "or the checker never reports it")
                                          .arg(*name));
        }
    }
    const std::optional<qint64> line = expect.integer(QStringLiteral("line"), Need::Required);
    if (!line) return;
    const int where = expect.lineOf(QStringLiteral("line"));
    if (*line < 1) {
        context.problem(where, QStringLiteral("`line` must be 1 or more, not %1").arg(*line));
        return;
    }
    if (code && *line > lineCount(*code)) {
        context.problem(where, QStringLiteral("`line` is %1 but `%2` has only %3 lines")
                                   .arg(*line)
                                   .arg(exercise.file)
                                   .arg(lineCount(*code)));
        return;
    }
    expectation.line = static_cast<int>(*line);
}


// A `check` exercise never compiles and a `run` exercise has no tests, so neither can fail there.
bool gradingReaches(std::optional<GradeMode> grade, ExpectedStage stage) {
    if (grade == GradeMode::Check) return false;
    if (grade == GradeMode::Run) return stage != ExpectedStage::Test;
    return true;
}

void readStageExpectation(TableReader& expect, std::optional<GradeMode> grade, Expectation& expectation,
                          ManifestContext& context) {
    expectation.kind = Expectation::Kind::StageFailure;
    expect.reject(QStringLiteral("line"), QStringLiteral("`line` goes with `rule`"));
    const std::optional<QString> name = expect.string(QStringLiteral("stage"), Need::Required);
    const int stageLine = expect.lineOf(QStringLiteral("stage"));
    ExpectedStage stage{};
    const bool known = name && stageNamed(*name, stage);
    if (name && !known) {
        context.problem(stageLine, QStringLiteral("`stage` must be \"compile\", \"run\" or \"test\", not \"%1\"").arg(*name));
    } else if (known && grade && !gradingReaches(grade, stage)) {
        context.problem(stageLine, QStringLiteral("grade = \"%1\" never reaches stage \"%2\"")
                                       .arg(gradeModeName(*grade), *name));
    }
    expectation.stage = stage;
    const auto failingTest = expect.string(QStringLiteral("failing_test"), Need::Optional);
    if (failingTest && !(known && stage == ExpectedStage::Test)) {
        context.problem(expect.lineOf(QStringLiteral("failing_test")),
                        QStringLiteral("`failing_test` goes with `stage = \"test\"`"));
    }
    expectation.failingTest = failingTest.value_or(QString());
}

Expectation readExpectation(TableReader& table, std::optional<GradeMode> grade, const Exercise& exercise,
                            const QByteArray* code, ManifestContext& context) {
    Expectation expectation;
    const TomlValue* value = table.take(QStringLiteral("expect"), TomlValue::Type::Table, Need::Required);
    if (!value) return expectation;
    TableReader expect(*value, kExpectName, context.file, context.problems);
    expectation.manifestLine = expect.line();
    const bool hasRule = expect.has(QStringLiteral("rule"));
    const bool hasStage = expect.has(QStringLiteral("stage"));
    if (hasRule && hasStage) {
        context.problem(expect.line(), QStringLiteral("%1 gives `rule` and `line`, or `stage`, not both").arg(kExpectName));
    }
    if (hasRule) {
        readFindingExpectation(expect, exercise, code, expectation, context);
    } else if (hasStage) {
        readStageExpectation(expect, grade, expectation, context);
    } else {
        context.problem(expect.line(), QStringLiteral("%1 needs `rule` and `line`, or `stage`").arg(kExpectName));
    }
    if (hasRule && hasStage) expect.take(QStringLiteral("stage")); // reported above already
    expect.reportUnknownKeys();
    return expectation;
}

WrongEdit readWrongEdit(const TomlValue& value, const Exercise& exercise, const QByteArray* code,
                        ManifestContext& context) {
    TableReader table(value, QStringLiteral("[[chapter.exercise.wrong]]"), context.file, context.problems);
    WrongEdit edit;
    edit.manifestLine = table.line();
    edit.find = table.string(QStringLiteral("find"), Need::Required).value_or(QString());
    // An empty replacement (deleting the text) is a fine wrong edit, so no blank check here.
    if (const TomlValue* replace = table.take(QStringLiteral("replace"), TomlValue::Type::String, Need::Required)) {
        edit.replace = replace->text;
    }
    edit.why = table.string(QStringLiteral("why"), Need::Required).value_or(QString());
    table.reportUnknownKeys();
    if (code && !edit.find.isEmpty()) {
        const qsizetype occurrences = QString::fromUtf8(*code).count(edit.find);
        if (occurrences != 1) {
            context.problem(table.lineOf(QStringLiteral("find")),
                            QStringLiteral("`find` occurs %1 times in `%2`; it must occur exactly once")
                                .arg(occurrences)
                                .arg(exercise.file));
        }
    }
    return edit;
}

} // namespace

Exercise readExercise(const TomlValue& value, ManifestContext& context) {
    TableReader table(value, describeTable(value, QStringLiteral("exercise"), QStringLiteral("[[chapter.exercise]]")),
                      context.file, context.problems);
    Exercise exercise;
    exercise.manifestLine = table.line();
    exercise.id = readId(table, context);
    exercise.title = table.string(QStringLiteral("title"), Need::Required).value_or(QString());
    exercise.instructions = table.string(QStringLiteral("instructions"), Need::Required).value_or(QString());
    const FileRef file = readPackFile(table, QStringLiteral("file"), Need::Required, context);
    exercise.file = file.path;
    exercise.solution = readPackFile(table, QStringLiteral("solution"), Need::Required, context).path;
    const std::optional<GradeMode> grade = readGrade(table, context);
    exercise.grade = grade.value_or(GradeMode::Check);
    readGradeExtras(table, grade, exercise, context);
    exercise.rules = readRules(table, QStringLiteral("rules"), context);
    exercise.hints = readHints(table, context);
    exercise.expect = readExpectation(table, grade, exercise, file.contents, context);
    for (const TomlValue* wrong : table.tables(QStringLiteral("wrong"))) {
        exercise.wrongEdits.push_back(readWrongEdit(*wrong, exercise, file.contents, context));
    }
    table.reportUnknownKeys();
    return exercise;
}

} // namespace ownlings::course
