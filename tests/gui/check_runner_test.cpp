// Tests of CheckRunner: background checks, timing, and coalescing of requests.
#include "app/gui/check_runner.h"

#include <QtTest>

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
};

QTEST_GUILESS_MAIN(CheckRunnerTest)
#include "check_runner_test.moc"
