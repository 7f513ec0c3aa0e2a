// Sandbox: exit status, captured and capped output, timeouts that kill the
// whole process group, cancellation from another thread, isolation.

#include "app/course/grading/sandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace ownlings::course;

namespace {

SandboxOptions shell(const QString& script, const QString& workDir)
{
    SandboxOptions options;
    options.program = QStringLiteral("/bin/sh");
    options.arguments = {QStringLiteral("-c"), script};
    options.workDir = workDir;
    options.environment = {QStringLiteral("PATH=/usr/bin:/bin")};
    options.timeoutMs = 5000;
    return options;
}

/// True while `pid` exists and is not a zombie waiting to be reaped.
bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && text.size() > close + 2 && text.at(close + 2) != 'Z';
}

bool isRunningSoon(qint64 pid)
{
    for (int i = 0; i < 50 && isRunning(pid); ++i)
        QTest::qWait(20);
    return isRunning(pid);
}

} // namespace

class SandboxTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup
                                                | QFile::WriteGroup | QFile::ExeGroup);
    }

    void capturesExitCodeAndBothStreams()
    {
        Sandbox sandbox;
        const SandboxOutcome outcome = sandbox.run(shell(QStringLiteral("echo out; echo err >&2; exit 7"), m_dir.path()));
        QCOMPARE(outcome.end, SandboxEnd::Exited);
        QCOMPARE(outcome.exitCode, 7);
        QCOMPARE(outcome.standardOutput, QByteArray("out\n"));
        QCOMPARE(outcome.standardError, QByteArray("err\n"));
        QVERIFY(!outcome.outputTruncated);
    }

    void runsInTheWorkingDirectoryWithOnlyTheGivenEnvironment()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("pwd; echo \"[$HOME]\""), m_dir.path());
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(QString::fromLocal8Bit(outcome.standardOutput), QDir(m_dir.path()).canonicalPath() + "\n[]\n");
    }

    void stdinIsEmpty()
    {
        Sandbox sandbox;
        const SandboxOutcome outcome = sandbox.run(shell(QStringLiteral("cat; echo done"), m_dir.path()));
        QCOMPARE(outcome.end, SandboxEnd::Exited);
        QCOMPARE(outcome.standardOutput, QByteArray("done\n"));
    }

    void reportsTheSignalThatKilledTheProgram()
    {
        Sandbox sandbox;
        const SandboxOutcome outcome = sandbox.run(shell(QStringLiteral("kill -SEGV $$"), m_dir.path()));
        QCOMPARE(outcome.end, SandboxEnd::Signaled);
        QCOMPARE(outcome.signal, SIGSEGV);
        QVERIFY(signalDescription(SIGSEGV).startsWith("SIGSEGV"));
    }

    void missingProgramFailsToStartWithAReason()
    {
        Sandbox sandbox;
        SandboxOptions options = shell({}, m_dir.path());
        options.program = QStringLiteral("/nonexistent/program");
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(outcome.end, SandboxEnd::FailedToStart);
        QVERIFY2(outcome.error.contains("No such file"), qPrintable(outcome.error));
    }

    void timeoutKillsTheWholeProcessGroup()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("sleep 30 & echo $!; wait"), m_dir.path());
        options.timeoutMs = 500;
        QElapsedTimer clock;
        clock.start();
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(outcome.end, SandboxEnd::TimedOut);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        const qint64 sleeper = outcome.standardOutput.trimmed().toLongLong();
        QVERIFY(sleeper > 0);
        QVERIFY2(!isRunningSoon(sleeper), "the background child outlived the timeout");
    }

    void floodIsTruncatedAndStopped()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("yes flood"), m_dir.path());
        options.keepOutputBytes = 1000;
        options.maxOutputBytes = 1024 * 1024;
        QElapsedTimer clock;
        clock.start();
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(outcome.end, SandboxEnd::OutputLimit);
        QCOMPARE(outcome.standardOutput.size(), 1000);
        QVERIFY(outcome.outputTruncated);
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
    }

    void outputBeyondTheKeptPartIsDrainedSoTheProgramFinishes()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("head -c 300000 /dev/zero; echo finished >&2"), m_dir.path());
        options.keepOutputBytes = 4096;
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(outcome.end, SandboxEnd::Exited);
        QCOMPARE(outcome.exitCode, 0);
        QCOMPARE(outcome.standardOutput.size(), 4096);
        QVERIFY(outcome.outputTruncated);
        QCOMPARE(outcome.standardError, QByteArray("finished\n"));
    }

    void cancelFromAnotherThreadStopsTheProgram()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("sleep 30"), m_dir.path());
        options.timeoutMs = 20000;
        std::thread canceller([&sandbox] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            sandbox.cancel();
        });
        QElapsedTimer clock;
        clock.start();
        const SandboxOutcome outcome = sandbox.run(options);
        canceller.join();
        QCOMPARE(outcome.end, SandboxEnd::Cancelled);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        sandbox.resetCancel();
        QCOMPARE(sandbox.run(shell(QStringLiteral("exit 0"), m_dir.path())).end, SandboxEnd::Exited);
    }

    void cpuLimitStopsABusyLoop()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("while :; do :; done"), m_dir.path());
        options.cpuSeconds = 1;
        options.timeoutMs = 10000;
        const SandboxOutcome outcome = sandbox.run(options);
        QCOMPARE(outcome.end, SandboxEnd::Signaled);
        QVERIFY(outcome.signal == SIGXCPU || outcome.signal == SIGKILL);
    }

    void fileSizeLimitStopsABigWrite()
    {
        Sandbox sandbox;
        SandboxOptions options = shell(QStringLiteral("head -c 100000 /dev/zero > big"), m_dir.path());
        options.maxFileBytes = 10000;
        const SandboxOutcome outcome = sandbox.run(options);
        QVERIFY(outcome.end == SandboxEnd::Signaled || outcome.exitCode != 0);
        QVERIFY(QFileInfo(m_dir.filePath("big")).size() <= 10000);
    }

    void isolatedProgramsMayStartOnlyAFewProcesses()
    {
        Sandbox sandbox;
        // sh gives up at the first fork that fails: each `x` is one process started.
        SandboxOptions options = shell(QStringLiteral("i=0; while [ $i -lt 60 ]; do sleep 3 & echo x; i=$((i+1)); done"),
                                       m_dir.path());
        options.isolate = true;
        options.extraProcesses = 10;
        options.timeoutMs = 8000;
        const SandboxOutcome outcome = sandbox.run(options);
        QString why;
        QCOMPARE(outcome.bubblewrapUsed, bubblewrapWorks(&why));
        QCOMPARE(outcome.note.isEmpty(), outcome.bubblewrapUsed);
        QCOMPARE(outcome.end, SandboxEnd::Exited);
        const auto started = outcome.standardOutput.count('x');
        QVERIFY2(started > 0 && started <= 10, outcome.standardOutput + outcome.standardError.left(300));
    }

    void isolatedProgramsHaveNoNetworkAndCannotWriteOutsideTheirFolder()
    {
        QString why;
        if (!bubblewrapWorks(&why))
            QSKIP(qPrintable(why));
        QTemporaryDir outside;
        Sandbox sandbox;
        SandboxOptions options = shell(
            QStringLiteral("cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '; touch %1/escaped; touch inside; echo end")
                .arg(outside.path()),
            m_dir.path());
        options.isolate = true;
        const SandboxOutcome outcome = sandbox.run(options);
        QVERIFY(outcome.bubblewrapUsed);
        QCOMPARE(outcome.end, SandboxEnd::Exited);
        QCOMPARE(QString::fromLocal8Bit(outcome.standardOutput), QStringLiteral("lo\nend\n")); // only loopback
        QVERIFY(!QFile::exists(outside.filePath("escaped")));
        QVERIFY(QFile::exists(m_dir.filePath("inside")));
    }
};

QTEST_GUILESS_MAIN(SandboxTest)
#include "sandbox_test.moc"
