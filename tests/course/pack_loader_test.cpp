// loadPack on the documented example pack and on broken packs: every field, every problem with its line.
#include "app/course/pack/pack_loader.h"
#include "tests/course/pack_test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;
using ownlings::engine::RuleId;

class PackLoaderTest : public QObject {
    Q_OBJECT

private slots:
    void documentedExampleIsTheTestPack();
    void examplePackLoadsWithEveryField();
    void exampleItemsKeepWrittenOrder();
    void courseOrderHelpersWalkTheExample();
    void brokenKeysReportsEveryProblemAtOnce();
    void brokenFilesReportsEscapesMissingAndEncoding();
    void syntaxErrorHasLineAndColumn();
    void malformedTableHeaderIsASyntaxError();
    void newerFormatVersionIsRefusedAlone();
    void folderWithoutManifestSaysSo();
    void missingFolderSaysSo();
    void symlinkOutOfThePackIsRejected();
    void symlinkedFolderOutOfThePackIsRejected();
    void symlinkInsideThePackIsFine();
    void oversizedFileIsRejected();
    void nonUtf8ManifestIsRejectedWithPosition();
    void sourceTreeLayoutReadsExercisesManifest();
    void truncatedManifestsNeverCrash();
    void corruptedManifestsNeverCrash();
};

// docs/pack-format.md shows every file of the example pack as "File `path`:" and a fenced block.
void PackLoaderTest::documentedExampleIsTheTestPack() {
    const QString doc = QString::fromUtf8(readFile(QStringLiteral(OWNLINGS_SOURCE_DIR "/docs/pack-format.md")));
    static const QRegularExpression block(QStringLiteral("^File `([^`]+)`:\\n\\n(`{3,})[a-z]*\\n(.*?)^\\2$"),
                                          QRegularExpression::MultilineOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    QStringList documented;
    for (const QRegularExpressionMatch& match : block.globalMatch(doc)) {
        const QString path = match.captured(1);
        documented << path;
        QCOMPARE(match.captured(3), QString::fromUtf8(readFile(examplePackDir() + u'/' + path)));
    }
    QStringList files;
    QDirIterator it(examplePackDir(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << QDir(examplePackDir()).relativeFilePath(it.next());
    files.sort();
    documented.sort();
    QCOMPARE(documented, files);
}

void PackLoaderTest::examplePackLoadsWithEveryField() {
    const PackLoadResult result = loadPack(examplePackDir());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    const Pack& pack = *result.pack;
    QCOMPARE(pack.formatVersion, 1);
    QCOMPARE(pack.id, QStringLiteral("example"));
    QCOMPARE(pack.title, QStringLiteral("A small example pack"));
    QCOMPARE(pack.version, QStringLiteral("1.0.0"));
    QCOMPARE(pack.authors, QStringList{QStringLiteral("The Ownlings team")});
    QCOMPARE(pack.manifestPath, QStringLiteral("pack.toml"));
    QCOMPARE(pack.rootDir, QFileInfo(examplePackDir()).canonicalFilePath());
    QCOMPARE(pack.chapters.size(), std::size_t(2));
    QCOMPARE(pack.chapters[0].id, QStringLiteral("moves"));
    QCOMPARE(pack.chapters[0].lesson, QStringLiteral("lessons/01-moves.md"));
    QCOMPARE(pack.chapters[0].manifestLine, 7);

    const Exercise* move1 = pack.findExercise(QStringLiteral("move1"));
    QVERIFY(move1);
    QCOMPARE(move1->title, QStringLiteral("Use after move"));
    QCOMPARE(move1->file, QStringLiteral("exercises/01-moves/move1.cpp"));
    QCOMPARE(move1->solution, QStringLiteral("exercises/01-moves/move1.solution.cpp"));
    QCOMPARE(move1->grade, GradeMode::Check);
    QCOMPARE(move1->rules, std::vector<RuleId>{RuleId::PessimizingMove});
    QCOMPARE(move1->hints.size(), 2);
    QVERIFY(!move1->expectedOutput);
    QVERIFY(move1->test.isEmpty());
    QCOMPARE(move1->expect.kind, Expectation::Kind::Finding);
    QCOMPARE(move1->expect.rule, RuleId::UseAfterMove);
    QCOMPARE(move1->expect.line, 14);
    QCOMPARE(move1->wrongEdits.size(), std::size_t(1));
    QCOMPARE(move1->wrongEdits[0].find, QStringLiteral("<< name <<"));
    QCOMPARE(move1->wrongEdits[0].replace, QStringLiteral("<< kept <<"));
    QVERIFY(enabledRules(*move1).contains(RuleId::PessimizingMove));
    QVERIFY(enabledRules(*move1).contains(RuleId::UseAfterMove));
    QVERIFY(!enabledRules(*move1).contains(RuleId::MoveOfConst));
    QCOMPARE(move1->manifestLine, 12);
    QVERIFY(QFile::exists(pack.absolutePath(move1->file)));

    const Exercise* greet = pack.findExercise(QStringLiteral("greet"));
    QVERIFY(greet);
    QCOMPARE(greet->grade, GradeMode::Test);
    QCOMPARE(greet->test, QStringLiteral("exercises/01-moves/greet_test.cpp"));
    QCOMPARE(greet->expect.kind, Expectation::Kind::StageFailure);
    QCOMPARE(greet->expect.stage, ExpectedStage::Test);
    QCOMPARE(greet->expect.failingTest, QStringLiteral("greets a stranger"));

    const Exercise* invalidated = pack.findExercise(QStringLiteral("invalidated1"));
    QVERIFY(invalidated);
    QCOMPARE(invalidated->grade, GradeMode::Run);
    QCOMPARE(invalidated->expectedOutput, std::optional<QString>(QStringLiteral("Ann\n")));
    QCOMPARE(invalidated->hints.size(), 3);

    const Quiz* choice = pack.findQuiz(QStringLiteral("moves-quiz1"));
    QVERIFY(choice);
    QCOMPARE(choice->kind, Quiz::Kind::Choice);
    QCOMPARE(choice->choices.size(), 3);
    QCOMPARE(choice->answer, 1);
    QVERIFY(choice->explanation.startsWith(QStringLiteral("The standard")));

    const Quiz* checker = pack.findQuiz(QStringLiteral("borrows-quiz1"));
    QVERIFY(checker);
    QCOMPARE(checker->kind, Quiz::Kind::Checker);
    QCOMPARE(checker->file, QStringLiteral("exercises/02-borrows/quiz1.cpp"));
    QCOMPARE(checker->answerLine, 10);
}

void PackLoaderTest::exampleItemsKeepWrittenOrder() {
    const PackLoadResult result = loadPack(examplePackDir());
    QVERIFY(result.ok());
    QStringList order;
    for (const Item* item : result.pack->courseOrder()) order << itemId(*item);
    QCOMPARE(order, (QStringList{"move1", "moves-quiz1", "greet", "invalidated1", "borrows-quiz1"}));
}

void PackLoaderTest::courseOrderHelpersWalkTheExample() {
    const Pack pack = *loadPack(examplePackDir()).pack;
    QStringList exercises;
    for (const Exercise* exercise : pack.exercises()) exercises << exercise->id;
    QCOMPARE(exercises, (QStringList{"move1", "greet", "invalidated1"}));
    QCOMPARE(pack.nextExercise(QStringLiteral("move1"))->id, QStringLiteral("greet"));
    QCOMPARE(pack.nextExercise(QStringLiteral("moves-quiz1"))->id, QStringLiteral("greet"));
    QCOMPARE(pack.nextExercise(QStringLiteral("greet"))->id, QStringLiteral("invalidated1"));
    QVERIFY(!pack.nextExercise(QStringLiteral("invalidated1")));
    QVERIFY(!pack.nextExercise(QStringLiteral("no-such-exercise")));
    QCOMPARE(itemId(*pack.nextItem(QStringLiteral("move1"))), QStringLiteral("moves-quiz1"));
    QVERIFY(!pack.nextItem(QStringLiteral("borrows-quiz1")));
    QVERIFY(!pack.findExercise(QStringLiteral("moves-quiz1"))); // a quiz, not an exercise
    QCOMPARE(pack.chapterOf(QStringLiteral("greet"))->id, QStringLiteral("moves"));
    QCOMPARE(pack.chapterOf(QStringLiteral("borrows-quiz1"))->id, QStringLiteral("borrows"));
    QVERIFY(!pack.chapterOf(QStringLiteral("nothing")));
}

void PackLoaderTest::brokenKeysReportsEveryProblemAtOnce() {
    const PackLoadResult result = loadPack(dataDir() + QStringLiteral("/broken-keys"));
    QVERIFY(!result.ok());
    const QStringList expected = {
        "pack.toml:1: the manifest needs `format_version = 1`",
        "pack.toml:2: id `Broken Keys` may hold only lower-case letters, digits, `-` and `_` (starting with a letter "
        "or digit, at most 64)",
        "pack.toml:4: `version` must be a string, not an integer",
        "pack.toml:5: unknown key `authers` in the manifest (did you mean `authors`?)",
        "pack.toml:19: unknown rule `use-after-mvoe` (`ownlings explain` lists the rules)",
        "pack.toml:20: `hints` needs 1 to 3 entries, not 4",
        "pack.toml:21: `expected_output` is only used with grade = \"run\"",
        "pack.toml:24: `pessimizing-move` is a discipline rule: list it in the exercise's `rules` or the checker "
        "never reports it",
        "pack.toml:25: `line` is 99 but `exercises/ex1.cpp` has only 8 lines",
        "pack.toml:28: `find` occurs 0 times in `exercises/ex1.cpp`; it must occur exactly once",
        "pack.toml:32: exercise `ex1` needs `test`",
        "pack.toml:32: exercise `ex1` needs `hints`",
        "pack.toml:33: exercise id `ex1` is already used on line 13",
        "pack.toml:39: unknown key `hint` in exercise `ex1` (did you mean `hints`?)",
        "pack.toml:42: `stage` must be \"compile\", \"run\" or \"test\", not \"link\"",
        "pack.toml:49: `answer` is 2 but the choices are numbered 0 to 1",
        "pack.toml:53: chapter id `one` is already used on line 8",
        "pack.toml:58: quiz id `quiz1` is already used on line 45",
        "pack.toml:61: `answer_line` is 40 but `exercises/ex1.cpp` has only 8 lines",
        "pack.toml:71: `hints` needs 1 to 3 entries, not 0",
        "pack.toml:74: grade = \"run\" never reaches stage \"test\"",
    };
    QCOMPARE(lines(result.problems), expected);
}

void PackLoaderTest::brokenFilesReportsEscapesMissingAndEncoding() {
    const PackLoadResult result = loadPack(dataDir() + QStringLiteral("/broken-files"));
    QVERIFY(!result.ok());
    const QStringList expected = {
        "exercises/latin1.cpp:3:28: is not valid UTF-8 (byte 0xe9); save it as UTF-8",
        "exercises/nul.cpp:2:14: contains a NUL byte; is it a binary file?",
        "pack.toml:10: `lessons/missing.md` is missing",
        "pack.toml:16: `../outside.cpp` leaves the pack folder",
        "pack.toml:17: `/etc/hostname` is absolute; write it relative to the pack folder",
        "pack.toml:19: `exercises\\test.cpp` uses `\\`; separate folders with `/`",
        "pack.toml:42: `exercises/sub/../` is not a regular file",
        "pack.toml:43: `exercises/missing.solution.cpp` is missing",
    };
    QCOMPARE(lines(result.problems), expected);
}

void PackLoaderTest::syntaxErrorHasLineAndColumn() {
    const PackLoadResult result = loadPack(dataDir() + QStringLiteral("/broken-syntax"));
    QCOMPARE(result.problems.size(), std::size_t(1));
    const PackProblem& problem = result.problems.front();
    QCOMPARE(problem.file, QStringLiteral("pack.toml"));
    QCOMPARE(problem.line, 8);
    QVERIFY2(problem.column > 0, qPrintable(problem.toString()));
    QVERIFY2(problem.message.startsWith(QStringLiteral("TOML syntax error: ")), qPrintable(problem.message));
}

// toml++ 3.3 trips its own debug assertion on this header instead of reporting it.
void PackLoaderTest::malformedTableHeaderIsASyntaxError() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    replaceInFile(dir.filePath("pack.toml"), "[[chapter]]\nid = \"borrows\"", "[=chapter]]\nid = \"borrows\"");
    const PackLoadResult result = loadPack(dir.path());
    QCOMPARE(result.problems.size(), std::size_t(1));
    QCOMPARE(result.problems[0].line, 56);
    QCOMPARE(result.problems[0].column, 2);
}

void PackLoaderTest::newerFormatVersionIsRefusedAlone() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    replaceInFile(dir.filePath("pack.toml"), "format_version = 1", "format_version = 2\nfuture_key = true");
    const PackLoadResult result = loadPack(dir.path());
    QCOMPARE(lines(result.problems),
             QStringList{"pack.toml:1: format_version 2 is newer than this Ownlings understands (1); update Ownlings "
                         "to use this pack"});
}

void PackLoaderTest::folderWithoutManifestSaysSo() {
    QTemporaryDir dir;
    const PackLoadResult result = loadPack(dir.path());
    QCOMPARE(result.problems.size(), std::size_t(1));
    QVERIFY2(result.problems[0].message.startsWith(QStringLiteral("no pack.toml in")), qPrintable(result.problems[0].message));
}

void PackLoaderTest::missingFolderSaysSo() {
    QTemporaryDir dir;
    const QString missing = dir.filePath("nowhere");
    const PackLoadResult result = loadPack(missing);
    QCOMPARE(lines(result.problems), QStringList{missing + ": pack folder `" + missing + "` does not exist"});
}

void PackLoaderTest::symlinkOutOfThePackIsRejected() {
    QTemporaryDir outside;
    writeFile(outside.filePath("secret.cpp"), "int main() { return 0; }\n");
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    const QString link = dir.filePath("exercises/01-moves/move1.solution.cpp");
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::link(outside.filePath("secret.cpp"), link));
    QCOMPARE(lines(loadPack(dir.path()).problems),
             QStringList{"pack.toml:17: `exercises/01-moves/move1.solution.cpp` resolves outside the pack folder "
                         "(through a symlink)"});
}

void PackLoaderTest::symlinkedFolderOutOfThePackIsRejected() {
    QTemporaryDir outside;
    writeFile(outside.filePath("02-moves.md"), "# Moves\n");
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    QVERIFY(QFile::link(outside.path(), dir.filePath("shared")));
    replaceInFile(dir.filePath("pack.toml"), "lessons/01-moves.md", "shared/02-moves.md");
    QCOMPARE(lines(loadPack(dir.path()).problems),
             QStringList{"pack.toml:10: `shared/02-moves.md` resolves outside the pack folder (through a symlink)"});
}

void PackLoaderTest::symlinkInsideThePackIsFine() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    QVERIFY(QFile::link(dir.filePath("lessons/01-moves.md"), dir.filePath("lessons/alias.md")));
    replaceInFile(dir.filePath("pack.toml"), "lessons/01-moves.md", "lessons/alias.md");
    const PackLoadResult result = loadPack(dir.path());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
}

void PackLoaderTest::oversizedFileIsRejected() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    writeFile(dir.filePath("lessons/02-borrows.md"), QByteArray(300 * 1024, 'x'));
    QCOMPARE(lines(loadPack(dir.path()).problems),
             QStringList{"pack.toml:59: `lessons/02-borrows.md` is 300 KiB, more than the 256 KiB a pack file may have"});
}

void PackLoaderTest::nonUtf8ManifestIsRejectedWithPosition() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    replaceInFile(dir.filePath("pack.toml"), "A small example pack", "A small \xff example pack");
    QCOMPARE(lines(loadPack(dir.path()).problems),
             QStringList{"pack.toml:3:18: is not valid UTF-8 (byte 0xff); save it as UTF-8"});
}

void PackLoaderTest::sourceTreeLayoutReadsExercisesManifest() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    QVERIFY(QFile::rename(dir.filePath("pack.toml"), dir.filePath("exercises/pack.toml")));
    const PackLoadResult result = loadPack(dir.path());
    QVERIFY2(result.ok(), qPrintable(describe(result.problems)));
    QCOMPARE(result.pack->manifestPath, QStringLiteral("exercises/pack.toml"));
    QCOMPARE(result.pack->chapters[0].lesson, QStringLiteral("lessons/01-moves.md"));
}

// Cutting the manifest anywhere gives a syntax error or a list of problems, never a crash.
void PackLoaderTest::truncatedManifestsNeverCrash() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    const QByteArray manifest = readFile(dir.filePath("pack.toml"));
    int broken = 0;
    for (qsizetype length = 0; length < manifest.size(); length += 7) {
        writeFile(dir.filePath("pack.toml"), manifest.left(length));
        const PackLoadResult result = loadPack(dir.path());
        QCOMPARE(result.ok(), result.problems.empty());
        for (const PackProblem& problem : result.problems) QVERIFY(!problem.message.isEmpty());
        broken += result.ok() ? 0 : 1;
    }
    QVERIFY(broken > manifest.size() / 7 / 2);
}

void PackLoaderTest::corruptedManifestsNeverCrash() {
    QTemporaryDir dir;
    copyExamplePack(dir.path());
    const QByteArray manifest = readFile(dir.filePath("pack.toml"));
    const QByteArray replacements[] = {"\"", "[", "]", "=", "\n", "\xff", "0", "[[", "{", "'''", "\\"};
    int loaded = 0;
    for (qsizetype at = 0; at < manifest.size(); at += 5) {
        QByteArray corrupted = manifest;
        corrupted.replace(at, 1, replacements[at % std::size(replacements)]);
        writeFile(dir.filePath("pack.toml"), corrupted);
        loaded += loadPack(dir.path()).ok() ? 1 : 0;
    }
    QVERIFY(loaded < manifest.size() / 5);
}

QTEST_APPLESS_MAIN(PackLoaderTest)
#include "pack_loader_test.moc"
