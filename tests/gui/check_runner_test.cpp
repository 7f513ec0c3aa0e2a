// Tests of CheckRunner: checks in the worker process, timing, coalescing, and surviving a dying worker.
#include "app/gui/check_runner.h"

#include <QtTest>

#include <csignal>

#include <sys/types.h>

using ownlings::engine::FileStatus;
using ownlings::gui::CheckResult;
using ownlings::gui::CheckRunner;

namespace {

constexpr int kCheckTimeoutMs = 20'000;

const QString kMoved = QStringLiteral(
    "#include <string>\n"
    "#include <utility>\n"
    "\n"
    "int main() {\n"
    "    std::string name = \"Ferris\";\n"
    "    std::string owner = std::move(name);\n"
    "    return static_cast<int>(name.size() + owner.size());\n"
    "}\n");

QString fixed() {
    QString text = kMoved;
    return text.replace(QStringLiteral("static_cast<int>(name.size()"), QStringLiteral("static_cast<int>(owner.size()"));
}

CheckResult resultOf(const QSignalSpy& spy, qsizetype index) { return spy.at(index).first().value<CheckResult>(); }

const QString kFakeWorker = QStringLiteral(FAKE_CHECK_WORKER);

void killWorker(const CheckRunner& runner) {
    QTRY_VERIFY(runner.workerProcessId() > 0);
    QCOMPARE(::kill(static_cast<pid_t>(runner.workerProcessId()), SIGKILL), 0);
}

} // namespace

class CheckRunnerTest : public QObject {
    Q_OBJECT
private slots:
    void reportsTheFindingWithTheTextAndTimeTaken() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(kMoved, QStringLiteral("/tmp/moved.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        const CheckResult result = resultOf(finished, 0);
        QCOMPARE(result.source, kMoved);
        QCOMPARE(result.report.status, FileStatus::Checked);
        QCOMPARE(result.report.findings.size(), std::size_t{1});
        QCOMPARE(result.report.findings.front().primary.line, 7u);
        QCOMPARE(result.report.findings.front().primary.file, std::string("/tmp/moved.cpp"));
        QVERIFY(result.elapsedMs > 0);
        QVERIFY(!runner.isBusy());
    }

    void guiThreadKeepsRunningDuringACheck() {
        CheckRunner runner;
        QSignalSpy started(&runner, &CheckRunner::started);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        runner.check(kMoved, QStringLiteral("/tmp/ticks.cpp"));
        QCOMPARE(started.count(), 1);
        QVERIFY(runner.isBusy());
        QVERIFY(finished.wait(kCheckTimeoutMs));
        // A check takes tens of milliseconds at least; the event loop ran meanwhile.
        QVERIFY2(ticks >= 2, qPrintable(QStringLiteral("%1 ticks").arg(ticks)));
    }

    void requestsDuringACheckCollapseIntoOneWithTheLatestText() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(kMoved, QStringLiteral("/tmp/latest.cpp"));
        runner.check(kMoved + QStringLiteral("// edit 1\n"), QStringLiteral("/tmp/latest.cpp"));
        runner.check(fixed(), QStringLiteral("/tmp/latest.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QTest::qWait(200); // a stale result would arrive about now
        QCOMPARE(finished.count(), 1);
        const CheckResult result = resultOf(finished, 0);
        QCOMPARE(result.source, fixed());
        QVERIFY(result.report.findings.empty());
    }

    void compileErrorComesBackAsAReport() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(QStringLiteral("int main() { return undeclared; }\n"), QStringLiteral("/tmp/broken.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        const CheckResult result = resultOf(finished, 0);
        QCOMPARE(result.report.status, FileStatus::CompileError);
        QCOMPARE(result.report.compilerErrors.size(), std::size_t{1});
        QVERIFY(result.report.compilerErrors.front().message.find("undeclared") != std::string::npos);
    }

    void secondCheckReusesTheSession() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(kMoved, QStringLiteral("/tmp/again.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        runner.check(fixed(), QStringLiteral("/tmp/again.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(resultOf(finished, 0).report.findings.size(), std::size_t{1});
        QVERIFY(resultOf(finished, 1).report.findings.empty());
    }

    void prepareReportsNothingButACheckMeanwhileIsReported() {
        CheckRunner runner;
        QSignalSpy started(&runner, &CheckRunner::started);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.prepare(kMoved, QStringLiteral("/tmp/prepared.cpp"));
        QVERIFY(runner.isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), kCheckTimeoutMs);
        QCOMPARE(started.count(), 0);
        QCOMPARE(finished.count(), 0);

        runner.prepare(kMoved, QStringLiteral("/tmp/prepared.cpp"));
        runner.check(fixed(), QStringLiteral("/tmp/prepared.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(resultOf(finished, 0).source, fixed());
    }

    void destroyingTheRunnerDuringACheckWaitsForIt() {
        auto runner = std::make_unique<CheckRunner>();
        runner->check(kMoved, QStringLiteral("/tmp/destroyed.cpp"));
        runner.reset(); // must neither crash nor deliver to a dead object
        QTest::qWait(50);
    }

    void rulesAndCompilerFlagsReachTheChecker() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        const QString usesMacro = QStringLiteral("int main() { return EXIT_VALUE; }\n");
        runner.check(usesMacro, QStringLiteral("/tmp/flags.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(resultOf(finished, 0).report.status, FileStatus::CompileError);
        runner.setCheckOptions(QStringLiteral("all"), {QStringLiteral("-DEXIT_VALUE=0")});
        runner.check(usesMacro, QStringLiteral("/tmp/flags.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(resultOf(finished, 1).report.status, FileStatus::Checked);
        runner.setCheckOptions(QStringLiteral("no-such-rule"), {});
        runner.check(usesMacro, QStringLiteral("/tmp/flags.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QVERIFY(QString::fromStdString(resultOf(finished, 2).report.error).contains(QStringLiteral("no-such-rule")));
    }

    void killingTheWorkerMidCheckRestartsItAndDeliversTheResult() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QSignalSpy restarted(&runner, &CheckRunner::workerRestarted);
        const qint64 first = runner.workerProcessId();
        runner.check(kMoved, QStringLiteral("/tmp/killed.cpp"), 7);
        killWorker(runner);
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(restarted.count(), 1);
        QVERIFY(runner.workerProcessId() != first);
        const CheckResult result = resultOf(finished, 0);
        QCOMPARE(result.revision, 7u);
        QCOMPARE(result.report.status, FileStatus::Checked);
        QCOMPARE(result.report.findings.size(), std::size_t{1});
    }

    void killingTheIdleWorkerLeavesCheckingWorking() {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QSignalSpy restarted(&runner, &CheckRunner::workerRestarted);
        runner.check(kMoved, QStringLiteral("/tmp/idle.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        killWorker(runner);
        QVERIFY(restarted.wait(kCheckTimeoutMs)); // replaced and warmed with the last text
        runner.check(fixed(), QStringLiteral("/tmp/idle.cpp"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kCheckTimeoutMs);
        QVERIFY(resultOf(finished, 1).report.findings.empty());
    }

    void aFileThatCrashesTheWorkerTwiceIsReportedAndTheNextCheckWorks() {
        CheckRunner runner(kFakeWorker);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QSignalSpy restarted(&runner, &CheckRunner::workerRestarted);
        runner.check(kMoved + QStringLiteral("// CRASH_THE_WORKER\n"), QStringLiteral("/tmp/crash.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(restarted.count(), 1); // sent again once, then given up
        const CheckResult crashed = resultOf(finished, 0);
        QCOMPARE(crashed.report.status, FileStatus::InternalError);
        QVERIFY2(QString::fromStdString(crashed.report.error).contains(QStringLiteral("crashed on this file")),
                 crashed.report.error.c_str());
        QVERIFY(!runner.isBusy());

        runner.check(kMoved, QStringLiteral("/tmp/crash.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(resultOf(finished, 1).report.findings.size(), std::size_t{1});
    }

    void aWorkerThatStopsAnsweringCountsAsCrashed() {
        CheckRunner runner(kFakeWorker);
        runner.setReplyTimeout(1'000);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(QStringLiteral("// HANG_THE_WORKER\nint main() {}\n"), QStringLiteral("/tmp/hang.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QCOMPARE(resultOf(finished, 0).report.status, FileStatus::InternalError);
    }

    void aNewRequestAfterACrashIsCheckedInsteadOfTheCrashingOne() {
        CheckRunner runner(kFakeWorker);
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(QStringLiteral("// CRASH_THE_WORKER\n"), QStringLiteral("/tmp/superseded.cpp"));
        runner.check(fixed(), QStringLiteral("/tmp/superseded.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(resultOf(finished, 0).source, fixed());
        QCOMPARE(resultOf(finished, 0).report.status, FileStatus::Checked);
    }

    void aMissingWorkerProgramIsReportedNotHungOn() {
        CheckRunner runner(QStringLiteral("/nonexistent/ownlings-check-worker"));
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.check(kMoved, QStringLiteral("/tmp/missing.cpp"));
        QVERIFY(finished.wait(kCheckTimeoutMs));
        const QString error = QString::fromStdString(resultOf(finished, 0).report.error);
        QVERIFY2(error.contains(QStringLiteral("could not start the checker")), qPrintable(error));
        QVERIFY(!runner.isBusy());
    }
};

QTEST_GUILESS_MAIN(CheckRunnerTest)
#include "check_runner_test.moc"
