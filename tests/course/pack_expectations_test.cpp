// The example pack and a scaffolded pack mean what their manifests say: the checker
// finds each expected finding in the starting code and nothing in the solutions.
#include "app/course/pack/pack_loader.h"
#include "app/course/pack/pack_scaffold.h"
#include "engine/checker.h"
#include "tests/course/pack_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;
namespace engine = ownlings::engine;

namespace {

std::vector<engine::Diagnostic> findings(const Pack& pack, const QString& file, const engine::RuleSet& rules) {
    engine::CheckOptions options;
    options.rules = rules;
    const engine::FileReport report = engine::checkFile(pack.absolutePath(file).toStdString(), options);
    if (report.failed()) qWarning("%s: %s", qPrintable(file), report.error.c_str());
    return report.findings;
}

QString describe(const std::vector<engine::Diagnostic>& diagnostics) {
    QStringList lines;
    for (const engine::Diagnostic& diagnostic : diagnostics) {
        lines << QStringLiteral("%1: %2").arg(diagnostic.primary.line).arg(QString::fromStdString(diagnostic.message));
    }
    return lines.join(u'\n');
}

// Checks every finding expectation, every solution and every checker quiz of `pack`.
void verifyCheckerExpectations(const Pack& pack) {
    for (const Exercise* exercise : pack.exercises()) {
        const auto solutionFindings = findings(pack, exercise->solution, enabledRules(*exercise));
        QVERIFY2(solutionFindings.empty(), qPrintable(exercise->solution + "\n" + describe(solutionFindings)));
        if (exercise->expect.kind != Expectation::Kind::Finding) continue;
        const auto starting = findings(pack, exercise->file, enabledRules(*exercise));
        const bool found = std::any_of(starting.begin(), starting.end(), [&](const engine::Diagnostic& diagnostic) {
            return diagnostic.rule == exercise->expect.rule && int(diagnostic.primary.line) == exercise->expect.line;
        });
        QVERIFY2(found, qPrintable(exercise->file + "\n" + describe(starting)));
    }
    for (const Item* item : pack.courseOrder()) {
        const auto* quiz = std::get_if<Quiz>(item);
        if (!quiz || quiz->kind != Quiz::Kind::Checker) continue;
        const auto quizFindings = findings(pack, quiz->file, enabledRules(*quiz));
        const int firstLine = quizFindings.empty() ? 0 : int(quizFindings.front().primary.line);
        QCOMPARE(firstLine, quiz->answerLine);
    }
}

} // namespace

class PackExpectationsTest : public QObject {
    Q_OBJECT

private slots:
    void exampleStartingCodeShowsItsExpectedFindings();
    void scaffoldWritesAPackThatLoads();
    void scaffoldStartingCodeShowsItsExpectedFinding();
    void scaffoldCreatesMissingFolders();
    void scaffoldRefusesAFolderThatHoldsAnything();
    void scaffoldRefusesABadId();
};

void PackExpectationsTest::exampleStartingCodeShowsItsExpectedFindings() {
    const PackLoadResult result = loadPack(examplePackDir());
    QVERIFY(result.ok());
    verifyCheckerExpectations(*result.pack);
}

void PackExpectationsTest::scaffoldWritesAPackThatLoads() {
    QTemporaryDir dir;
    const QString title = QStringLiteral("My \"first\" pack \\ with %1 in it");
    const ScaffoldResult scaffold = scaffoldPack(dir.path(), QStringLiteral("my-pack"), title);
    QVERIFY2(scaffold.ok, qPrintable(scaffold.error));
    QCOMPARE(scaffold.files.size(), 4);
    const PackLoadResult result = loadPack(dir.path());
    QVERIFY2(result.ok(), qPrintable(::ownlings::course::describe(result.problems)));
    QCOMPARE(result.pack->id, QStringLiteral("my-pack"));
    QCOMPARE(result.pack->title, title);
    const std::vector<const Exercise*> exercises = result.pack->exercises();
    QCOMPARE(exercises.size(), std::size_t(1));
    QCOMPARE(exercises[0]->grade, GradeMode::Run);
    QCOMPARE(exercises[0]->expectedOutput, std::optional<QString>(QStringLiteral("Ann\nAnn\n")));
    QCOMPARE(exercises[0]->wrongEdits.size(), std::size_t(1));
}

void PackExpectationsTest::scaffoldStartingCodeShowsItsExpectedFinding() {
    QTemporaryDir dir;
    QVERIFY(scaffoldPack(dir.path(), QStringLiteral("demo"), QStringLiteral("Demo")).ok);
    const PackLoadResult result = loadPack(dir.path());
    QVERIFY(result.ok());
    verifyCheckerExpectations(*result.pack);
}

void PackExpectationsTest::scaffoldCreatesMissingFolders() {
    QTemporaryDir dir;
    const QString target = dir.filePath("a/b/new-pack");
    QVERIFY(scaffoldPack(target, QStringLiteral("demo"), QStringLiteral("Demo")).ok);
    QVERIFY(loadPack(target).ok());
}

void PackExpectationsTest::scaffoldRefusesAFolderThatHoldsAnything() {
    QTemporaryDir dir;
    writeFile(dir.filePath(".notes"), "mine");
    const ScaffoldResult scaffold = scaffoldPack(dir.path(), QStringLiteral("demo"), QStringLiteral("Demo"));
    QVERIFY(!scaffold.ok);
    QVERIFY2(scaffold.error.contains(QStringLiteral("is not empty")), qPrintable(scaffold.error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{".notes"});
    QCOMPARE(readFile(dir.filePath(".notes")), QByteArray("mine"));
}

void PackExpectationsTest::scaffoldRefusesABadId() {
    QTemporaryDir dir;
    const ScaffoldResult scaffold = scaffoldPack(dir.filePath("p"), QStringLiteral("My Pack"), QStringLiteral("Demo"));
    QVERIFY(!scaffold.ok);
    QVERIFY(scaffold.error.contains(QStringLiteral("My Pack")));
    QVERIFY(!QFile::exists(dir.filePath("p")));
}

QTEST_APPLESS_MAIN(PackExpectationsTest)
#include "pack_expectations_test.moc"
