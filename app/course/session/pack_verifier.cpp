// Verifying a pack by grading its starting code, solutions and wrong edits.
#include "app/course/session/pack_verifier.h"

#include "app/course/session/course.h"
#include "engine/checker.h"
#include "engine/rules.h"

namespace ownlings::course {
namespace {

QString ruleName(engine::RuleId rule) {
    const std::string_view name = engine::ruleInfo(rule).name;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

/// What a result shows, in a few words, for "but it ..." messages.
QString outcome(const GradeResult& result) {
    if (result.passed) return QStringLiteral("it passes grading");
    QString text = QStringLiteral("it stops at stage `%1`").arg(stageName(result.stage));
    if (!result.checkDiagnostics.empty()) {
        QStringList found;
        for (const engine::Diagnostic& diagnostic : result.checkDiagnostics)
            if (diagnostic.rule)
                found << QStringLiteral("%1 on line %2").arg(ruleName(*diagnostic.rule)).arg(diagnostic.primary.line);
        text += QStringLiteral(" with %1").arg(found.join(QStringLiteral(", ")));
    } else if (!result.message.isEmpty()) {
        text += QStringLiteral(": ") + result.message.section(QLatin1Char('\n'), 0, 0);
    }
    return text;
}

bool reportsFinding(const GradeResult& result, engine::RuleId rule, int line) {
    for (const engine::Diagnostic& diagnostic : result.checkDiagnostics)
        if (diagnostic.rule == rule && int(diagnostic.primary.line) == line) return true;
    return false;
}

bool stageMatches(const GradeResult& result, const Exercise& exercise) {
    const Expectation& expect = exercise.expect;
    switch (expect.stage) {
    case ExpectedStage::Compile: return result.stage == GradeStage::Compile;
    case ExpectedStage::Run:
        // A run exercise whose output differs is reported at the test stage.
        return result.stage == GradeStage::Run ||
               (exercise.grade == GradeMode::Run && result.stage == GradeStage::Test);
    case ExpectedStage::Test:
        if (result.stage != GradeStage::Test) return false;
        if (expect.failingTest.isEmpty()) return true;
        for (const TestCaseResult& test : result.tests)
            if (!test.passed && test.name == expect.failingTest) return true;
        return false;
    }
    return false;
}

QString expectationText(const Expectation& expect) {
    if (expect.kind == Expectation::Kind::Finding)
        return QStringLiteral("report `%1` on line %2").arg(ruleName(expect.rule)).arg(expect.line);
    QString text = QStringLiteral("fail at stage `%1`").arg(expectedStageName(expect.stage));
    if (!expect.failingTest.isEmpty()) text += QStringLiteral(" with test \"%1\" failing").arg(expect.failingTest);
    return text;
}

void verifyStartingCode(const Pack& pack, const Exercise& exercise, const QString& starting, Grader& grader,
                        std::vector<PackCheckFailure>& failures) {
    const GradeResult result =
        grader.grade(gradeRequest(pack, exercise, starting, pack.absolutePath(exercise.file), starting));
    const Expectation& expect = exercise.expect;
    const bool asExpected = expect.kind == Expectation::Kind::Finding ? reportsFinding(result, expect.rule, expect.line)
                                                                      : stageMatches(result, exercise);
    if (!asExpected)
        failures.push_back({exercise.id, exercise.file, expect.kind == Expectation::Kind::Finding ? expect.line : 0,
                            QStringLiteral("the starting code should %1, but %2")
                                .arg(expectationText(expect), outcome(result))});
}

void verifySolution(const Pack& pack, const Exercise& exercise, const QString& starting, Grader& grader,
                    std::vector<PackCheckFailure>& failures) {
    QString error;
    const std::optional<QString> solution = readTextFile(pack.absolutePath(exercise.solution), &error);
    if (!solution) {
        failures.push_back({exercise.id, exercise.solution, 0, error});
        return;
    }
    const GradeResult result =
        grader.grade(gradeRequest(pack, exercise, starting, pack.absolutePath(exercise.solution), *solution));
    if (!result.passed)
        failures.push_back({exercise.id, exercise.solution, 0,
                            QStringLiteral("the solution should pass grading, but %1").arg(outcome(result))});
}

void verifyWrongEdits(const Pack& pack, const Exercise& exercise, const QString& starting, Grader& grader,
                      std::vector<PackCheckFailure>& failures) {
    for (const WrongEdit& edit : exercise.wrongEdits) {
        const qsizetype count = starting.count(edit.find);
        if (count != 1) {
            failures.push_back({exercise.id, pack.manifestPath, edit.manifestLine,
                                QStringLiteral("the wrong edit's `find` text occurs %1 times in %2; it must occur once")
                                    .arg(count)
                                    .arg(exercise.file)});
            continue;
        }
        QString edited = starting;
        edited.replace(edit.find, edit.replace);
        const GradeResult result =
            grader.grade(gradeRequest(pack, exercise, starting, pack.absolutePath(exercise.file), edited));
        if (result.passed)
            failures.push_back({exercise.id, pack.manifestPath, edit.manifestLine,
                                QStringLiteral("the wrong edit (%1) passes grading; it must be rejected")
                                    .arg(edit.why.isEmpty() ? edit.find : edit.why)});
    }
}

} // namespace

QString PackCheckFailure::toString() const {
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    return QStringLiteral("%1: [%2] %3").arg(where, itemId, message);
}

int firstFindingLine(const QString& source, const QString& path, const engine::RuleSet& rules) {
    engine::CheckOptions options;
    options.rules = rules;
    const engine::FileReport report = engine::checkSource(source.toStdString(), path.toStdString(), options);
    if (report.failed() || !report.compilerErrors.empty()) return -1;
    return report.findings.empty() ? 0 : int(report.findings.front().primary.line);
}

std::vector<PackCheckFailure> verifyExercise(const Pack& pack, const Exercise& exercise, Grader& grader) {
    std::vector<PackCheckFailure> failures;
    QString error;
    const std::optional<QString> starting = readTextFile(pack.absolutePath(exercise.file), &error);
    if (!starting) return {{exercise.id, exercise.file, 0, error}};
    verifyStartingCode(pack, exercise, *starting, grader, failures);
    verifySolution(pack, exercise, *starting, grader, failures);
    verifyWrongEdits(pack, exercise, *starting, grader, failures);
    return failures;
}

std::vector<PackCheckFailure> verifyQuiz(const Pack& pack, const Quiz& quiz) {
    if (quiz.kind != Quiz::Kind::Checker) return {};
    QString error;
    const std::optional<QString> source = readTextFile(pack.absolutePath(quiz.file), &error);
    if (!source) return {{quiz.id, quiz.file, 0, error}};
    const int line = firstFindingLine(*source, pack.absolutePath(quiz.file), enabledRules(quiz));
    if (line == quiz.answerLine) return {};
    const QString actual = line < 0    ? QStringLiteral("the file does not compile")
                           : line == 0 ? QStringLiteral("the checker finds nothing")
                                       : QStringLiteral("the checker's first finding is on line %1").arg(line);
    const QString expected = quiz.answerLine == 0 ? QStringLiteral("passes the checker")
                                                  : QStringLiteral("fails on line %1").arg(quiz.answerLine);
    return {{quiz.id, quiz.file, quiz.answerLine,
             QStringLiteral("the quiz says the program %1, but %2").arg(expected, actual)}};
}

std::vector<PackCheckFailure> verifyPack(const Pack& pack, Grader& grader, const PackCheckProgress& progress) {
    std::vector<PackCheckFailure> failures;
    const std::vector<const Item*> order = pack.courseOrder();
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (progress) progress(int(i), int(order.size()), itemId(*order[i]));
        std::vector<PackCheckFailure> found =
            std::holds_alternative<Exercise>(*order[i]) ? verifyExercise(pack, std::get<Exercise>(*order[i]), grader)
                                                        : verifyQuiz(pack, std::get<Quiz>(*order[i]));
        failures.insert(failures.end(), found.begin(), found.end());
    }
    if (progress) progress(int(order.size()), int(order.size()), QString());
    return failures;
}

} // namespace ownlings::course
