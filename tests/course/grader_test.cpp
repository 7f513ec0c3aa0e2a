// Grader on real learner programs: each stage passing and failing, the
// sandbox's limits as a learner meets them, test mode, locked regions, cache.

#include "app/course/grading/grader.h"
#include "app/course/grading/sandbox_isolation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace ownlings::course;

namespace {

QString programPath(const QString& name)
{
    return QStringLiteral(OWNLINGS_TEST_DATA_DIR "/grading/programs/") + name;
}

QString readProgram(const QString& name)
{
    QFile file(programPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test program %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

GradeRequest runRequest(const QString& name)
{
    GradeRequest request;
    request.learnerPath = QStringLiteral("exercises/") + name;
    request.learnerSource = readProgram(name);
    request.startingCode = request.learnerSource;
    request.mode = GradeMode::Run;
    request.honourAllowComments = true; // some programs hide a bug from the checker to reach the sanitizers
    return request;
}

GradeRequest testRequest(const QString& learnerSource)
{
    GradeRequest request;
    request.learnerPath = QStringLiteral("exercises/greet.cpp");
    request.learnerSource = learnerSource;
    request.mode = GradeMode::Test;
    request.testPath = programPath(QStringLiteral("greet_test.cpp"));
    return request;
}

qint64 stageMs(const GradeResult& result, GradeStage stage)
{
    for (const StageTiming& timing : result.timings) {
        if (timing.stage == stage)
            return timing.ms;
    }
    return -1;
}

/// Everything a failed QVERIFY should print about a result.
QByteArray describe(const GradeResult& result)
{
    QString text = QStringLiteral("stage %1, passed %2: %3").arg(stageName(result.stage)).arg(result.passed).arg(result.message);
    for (const ownlings::engine::Diagnostic& diagnostic : result.checkDiagnostics)
        text += QStringLiteral("\ncheck: %1: %2").arg(diagnostic.primary.line).arg(QString::fromStdString(diagnostic.message));
    if (!result.compilerOutput.isEmpty())
        text += QStringLiteral("\ncompiler: ") + result.compilerOutput.left(2000);
    if (result.program)
        text += QStringLiteral("\nstdout: %1\nstderr: %2").arg(result.program->standardOutput.left(500), result.program->standardError.left(2000));
    if (!result.notes.isEmpty())
        text += QStringLiteral("\nnotes: ") + result.notes.join(QStringLiteral("; "));
    return text.toUtf8();
}

#define VERIFY_STAGE(result, expected) QVERIFY2((result).stage == (expected), describe(result))

/// Processes of `uid` that are alive (zombies excluded).
int liveProcessesOf(uid_t uid)
{
    int count = 0;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString& entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!entry.front().isDigit() || QFileInfo(proc.filePath(entry)).ownerId() != uid)
            continue;
        QFile stat(proc.filePath(entry + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        count += close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z' ? 1 : 0;
    }
    return count;
}

} // namespace

class GraderTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_cacheDir;
    Grader m_plainGrader;
    Grader m_cachedGrader{GraderOptions{m_cacheDir.filePath(QStringLiteral("grade-cache")), 50}};

private slots:
    void cleanProgramPassesEveryStage()
    {
        GradeRequest request = runRequest(QStringLiteral("clean.cpp"));
        request.expectedOutput = QStringLiteral("Hello, Ann\n");
        const GradeResult result = m_cachedGrader.grade(request);
        QVERIFY2(result.passed, describe(result));
        VERIFY_STAGE(result, GradeStage::Done);
        QVERIFY(!result.fromCache);
        QCOMPARE(result.program->standardOutput, QStringLiteral("Hello, Ann\n"));
        QVERIFY(result.allDiagnostics().empty());
        for (GradeStage stage : {GradeStage::Locked, GradeStage::Check, GradeStage::Compile, GradeStage::Run})
            QVERIFY2(stageMs(result, stage) >= 0, qPrintable(stageName(stage)));
    }

    void useAfterMoveFailsAtTheCheckBeforeCompiling()
    {
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("use_after_move.cpp")));
        VERIFY_STAGE(result, GradeStage::Check);
        QVERIFY(!result.passed);
        QCOMPARE(result.checkDiagnostics.size(), std::size_t{1});
        QCOMPARE(result.checkDiagnostics[0].rule, ownlings::engine::RuleId::UseAfterMove);
        QCOMPARE(result.checkDiagnostics[0].primary.line, 8u);
        QCOMPARE(result.rulesHit(), QStringList{QStringLiteral("use-after-move")});
        QVERIFY2(result.message.contains("use-after-move") && result.message.contains(":8:"), qPrintable(result.message));
        QCOMPARE(stageMs(result, GradeStage::Compile), -1);
        QVERIFY(!result.program);
    }

    void compileErrorFailsAtCompileWithTheCompilersMessage()
    {
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("compile_error.cpp")));
        VERIFY_STAGE(result, GradeStage::Compile);
        QVERIFY2(result.compilerOutput.contains("exercises/compile_error.cpp:5:"), describe(result));
        QVERIFY2(!result.compilerOutput.contains("ownlings-grade-"), "temporary paths must not reach the learner");
        QVERIFY(!result.compilerDiagnostics.empty());
        QCOMPARE(result.compilerDiagnostics[0].primary.file, std::string("exercises/compile_error.cpp"));
        QCOMPARE(result.compilerDiagnostics[0].primary.line, 5u);
        QVERIFY2(result.message.startsWith("does not compile: exercises/compile_error.cpp:5: "), qPrintable(result.message));
        QVERIFY(stageMs(result, GradeStage::Compile) >= 0);
        QVERIFY(!result.program);
    }

    void useAfterFreeIsReportedByAddressSanitizerOnTheLearnersLine()
    {
        GradeRequest strict = runRequest(QStringLiteral("use_after_free.cpp"));
        strict.honourAllowComments = false;
        const GradeResult caught = m_plainGrader.grade(strict);
        QCOMPARE(caught.stage, GradeStage::Check); // an allow comment never hides a bug from grading
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("use_after_free.cpp")));
        VERIFY_STAGE(result, GradeStage::Run);
        QVERIFY2(!result.sanitizerFindings.empty(), describe(result));
        const SanitizerFinding& finding = result.sanitizerFindings[0];
        QCOMPARE(finding.kind, QStringLiteral("heap-use-after-free"));
        QCOMPARE(finding.diagnostic.primary.file, std::string("exercises/use_after_free.cpp"));
        QCOMPARE(finding.diagnostic.primary.line, 9u);
        QCOMPARE(QString::fromStdString(finding.diagnostic.message),
                 QStringLiteral("heap-use-after-free: this read touches memory freed on line 3"));
        QVERIFY2(result.message.startsWith("exercises/use_after_free.cpp:9: heap-use-after-free"), qPrintable(result.message));
    }

    void endlessLoopIsStoppedAtTheTimeout()
    {
        GradeRequest request = runRequest(QStringLiteral("endless_loop.cpp"));
        request.limits.runTimeoutMs = 1500;
        const GradeResult result = m_cachedGrader.grade(request);
        VERIFY_STAGE(result, GradeStage::Run);
        QCOMPARE(result.program->end, ProgramRun::End::TimedOut);
        QVERIFY2(result.message.contains("did not finish within 1.5 s"), qPrintable(result.message));
        const qint64 ran = stageMs(result, GradeStage::Run);
        QVERIFY2(ran >= 1400 && ran < 4000, qPrintable(QString::number(ran)));
        QVERIFY2(!m_cachedGrader.grade(request).fromCache, "a timeout may be the machine's fault: not cached");
    }

    void forkBombIsContainedAndEveryProcessKilled()
    {
        const SandboxUser user = sandboxUser();
        const int before = liveProcessesOf(user.uid);
        GradeRequest request = runRequest(QStringLiteral("fork_bomb.cpp"));
        request.limits.runTimeoutMs = 2000;
        const GradeResult result = m_plainGrader.grade(request);
        VERIFY_STAGE(result, GradeStage::Run);
        QVERIFY2(result.program && result.program->end == ProgramRun::End::TimedOut, describe(result));
        int made = -1;
        int refused = -1;
        QCOMPARE(std::sscanf(result.program->standardOutput.toUtf8().constData(), "made %d refused %d", &made, &refused), 2);
        QVERIFY2(made <= request.limits.maxProcesses && refused > 0, describe(result));
        if (user.drop) // we are root and the program ran as nobody: none of its ~60 processes may stay
            QTRY_VERIFY_WITH_TIMEOUT(liveProcessesOf(user.uid) <= before, 5000);
    }

    void outputFloodIsTruncatedAndStopped()
    {
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("flood.cpp")));
        VERIFY_STAGE(result, GradeStage::Run);
        QCOMPARE(result.program->end, ProgramRun::End::OutputLimit);
        QVERIFY(result.program->outputTruncated);
        QVERIFY(result.program->standardOutput.size() <= 64 * 1024);
        QVERIFY(result.program->standardOutput.startsWith("all work and no play"));
        QVERIFY2(result.notes.join(' ').contains("longer than 64 KiB"), describe(result));
        QVERIFY2(result.message.contains("printed more than 4 MiB"), qPrintable(result.message));
        QVERIFY2(stageMs(result, GradeStage::Run) < 5000, describe(result));
    }

    void crashOnAWildPointerIsPlacedOnItsLine()
    {
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("wild_pointer.cpp")));
        VERIFY_STAGE(result, GradeStage::Run);
        QVERIFY2(!result.sanitizerFindings.empty(), describe(result));
        QCOMPARE(result.sanitizerFindings[0].kind, QStringLiteral("SEGV"));
        QCOMPARE(result.sanitizerFindings[0].diagnostic.primary.line, 3u);
        QVERIFY2(result.message.contains("null pointer dereference"), qPrintable(result.message));
    }

    void uncaughtExceptionAbortNamesTheException()
    {
        const GradeResult result = m_plainGrader.grade(runRequest(QStringLiteral("uncaught.cpp")));
        VERIFY_STAGE(result, GradeStage::Run);
        QVERIFY2(!result.sanitizerFindings.empty(), describe(result));
        QCOMPARE(result.sanitizerFindings[0].kind, QStringLiteral("ABRT"));
        QCOMPARE(result.sanitizerFindings[0].diagnostic.primary.line, 5u);
        QVERIFY2(result.message.contains("std::out_of_range"), qPrintable(result.message));
    }

    void wrongOutputShowsWhereItDiffers()
    {
        GradeRequest request = runRequest(QStringLiteral("clean.cpp"));
        request.expectedOutput = QStringLiteral("Hello, Bob\n");
        const GradeResult result = m_plainGrader.grade(request);
        VERIFY_STAGE(result, GradeStage::Test);
        QVERIFY(!result.passed);
        QVERIFY2(result.message.contains("on line 1") && result.message.contains("\"Hello, Bob\"")
                     && result.message.contains("\"Hello, Ann\""),
                 qPrintable(result.message));
    }

    void testModeReportsEachTestCase()
    {
        const GradeResult result = m_plainGrader.grade(testRequest(readProgram(QStringLiteral("greet.cpp"))));
        VERIFY_STAGE(result, GradeStage::Test);
        QCOMPARE(result.tests.size(), std::size_t{3});
        QCOMPARE(result.tests[0].name, QStringLiteral("greets by name"));
        QVERIFY(result.tests[0].passed);
        const TestCaseResult& failed = result.tests[1];
        QCOMPARE(failed.name, QStringLiteral("greets a stranger"));
        QVERIFY(!failed.passed);
        QCOMPARE(failed.file, programPath(QStringLiteral("greet_test.cpp")));
        QCOMPARE(failed.line, 6);
        QVERIFY2(failed.message.contains("\"Hello, \" != \"Hello, stranger\""), qPrintable(failed.message));
        QVERIFY(result.tests[2].passed);
        QVERIFY2(result.message.startsWith("1 of 3 tests failed"), qPrintable(result.message));
    }

    void testModePassesWhenEveryTestCasePasses()
    {
        QString fixed = readProgram(QStringLiteral("greet.cpp"));
        fixed.replace(QStringLiteral("return \"Hello, \";"), QStringLiteral("return \"Hello, stranger\";"));
        const GradeResult result = m_plainGrader.grade(testRequest(fixed));
        QVERIFY2(result.passed, describe(result));
        VERIFY_STAGE(result, GradeStage::Done);
        QCOMPARE(result.message, QStringLiteral("all 3 tests pass"));
        QVERIFY(result.program->standardOutput.trimmed().isEmpty()); // harness lines are not program output
    }

    void editedLockedRegionFailsFirstAndNamesTheRegion()
    {
        GradeRequest request = runRequest(QStringLiteral("clean.cpp"));
        request.learnerSource.replace(QStringLiteral("\"Hello, \""), QStringLiteral("\"Hi, \""));
        const GradeResult result = m_plainGrader.grade(request);
        VERIFY_STAGE(result, GradeStage::Locked);
        QVERIFY(result.locked);
        QCOMPARE(result.locked->region, QStringLiteral("the greeting"));
        QCOMPARE(result.locked->learnerLine, 9);
        QVERIFY2(result.message.contains("\"the greeting\""), qPrintable(result.message));
        QCOMPARE(result.timings.size(), std::size_t{1});
        QCOMPARE(result.allDiagnostics().size(), std::size_t{1});
    }

    void regradingUnchangedCodeComesFromTheCache()
    {
        GradeRequest request = runRequest(QStringLiteral("clean.cpp"));
        request.expectedOutput = QStringLiteral("Hello, Ann\n");
        const GradeResult first = m_cachedGrader.grade(request);
        QElapsedTimer clock;
        clock.start();
        const GradeResult again = m_cachedGrader.grade(request);
        QVERIFY(again.fromCache);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(again.stage, first.stage);
        QCOMPARE(again.message, first.message);
        QCOMPARE(again.program->standardOutput, first.program->standardOutput);
        request.learnerSource += QStringLiteral("\n// changed\n");
        request.mode = GradeMode::Check; // a changed file is graded again (check only, to stay quick)
        QVERIFY(!m_cachedGrader.grade(request).fromCache);
    }

    void cancelFromAnotherThreadEndsGradingQuickly()
    {
        GradeRequest request = runRequest(QStringLiteral("endless_loop.cpp"));
        request.limits.runTimeoutMs = 30000;
        std::thread canceller([this] {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            m_cachedGrader.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const GradeResult result = m_cachedGrader.grade(request);
        canceller.join();
        QVERIFY2(result.cancelled, describe(result));
        QVERIFY(!result.passed);
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }

    void localHeadersNextToTheLearnersFileAreFound()
    {
        QTemporaryDir dir;
        QFile header(dir.filePath("greeting.h"));
        QVERIFY(header.open(QIODevice::WriteOnly));
        header.write("#pragma once\ninline const char* greeting() { return \"Hello\"; }\n");
        header.close();
        GradeRequest request;
        request.learnerPath = dir.filePath("main.cpp");
        request.learnerSource = "#include \"greeting.h\"\n#include <cstdio>\nint main() { std::puts(greeting()); }\n";
        request.mode = GradeMode::Run;
        request.expectedOutput = "Hello\n";
        const GradeResult result = m_plainGrader.grade(request);
        QVERIFY2(result.passed, describe(result));
    }

    void missingTestFileIsASetupProblem()
    {
        GradeRequest request = testRequest(readProgram(QStringLiteral("greet.cpp")));
        request.testPath = QStringLiteral("/nonexistent/greet_test.cpp");
        const GradeResult result = m_plainGrader.grade(request);
        VERIFY_STAGE(result, GradeStage::Setup);
        QVERIFY2(result.message.contains("/nonexistent/greet_test.cpp"), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(GraderTest)
#include "grader_test.moc"
