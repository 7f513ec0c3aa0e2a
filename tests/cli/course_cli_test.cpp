// The course commands as a learner and an instructor run them: list, run,
// hint, reset, verify, quiz, progress, pack check and pack new, on the example
// pack of tests/course/data with a throwaway data folder.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

const QString kExamplePack = QStringLiteral(OWNLINGS_COURSE_DATA "/example-pack");

Run ownlings(const QStringList& args) {
    QProcess process;
    process.setProgram(QStringLiteral(OWNLINGS_CLI_PATH));
    process.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(300000)) qFatal("ownlings did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class CourseCliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;

    Run course(QStringList args) {
        args << QStringLiteral("--pack") << kExamplePack << QStringLiteral("--data") << m_data.path();
        return ownlings(args);
    }
    QString workingCopy(const QString& id) const {
        return m_data.filePath(QStringLiteral("workspaces/example/%1.cpp").arg(id));
    }
    QJsonObject progressOf(const QString& id) {
        const Run run = course({QStringLiteral("progress"), QStringLiteral("--format"), QStringLiteral("json")});
        for (const QJsonValue& entry : QJsonDocument::fromJson(run.out.toUtf8()).object()[QStringLiteral("exercises")].toArray())
            if (entry[QStringLiteral("id")].toString() == id) return entry.toObject();
        return {};
    }

private slots:
    void listShowsEveryItemWithTheFirstCurrent() {
        const Run run = course({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(list[QStringLiteral("pack")].toString(), QStringLiteral("example"));
        QCOMPARE(list[QStringLiteral("current")].toString(), QStringLiteral("move1"));
        const QJsonArray items = list[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 5);
        QCOMPARE(items[1][QStringLiteral("kind")].toString(), QStringLiteral("quiz"));
        QCOMPARE(items[0][QStringLiteral("status")].toString(), QStringLiteral("not started"));
        const Run text = course({QStringLiteral("list")});
        QVERIFY2(text.out.contains(QStringLiteral("> · move1")), qPrintable(text.out));
    }

    void runReportsTheStartingCodesFindingAndRecordsTheAttempt() {
        const Run run = course({QStringLiteral("run"), QStringLiteral("move1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("error[use-after-move]")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("failed at check")));
        QVERIFY(QFile::exists(workingCopy(QStringLiteral("move1"))));
        const QJsonObject progress = progressOf(QStringLiteral("move1"));
        QCOMPARE(progress[QStringLiteral("status")].toString(), QStringLiteral("attempted"));
        QCOMPARE(progress[QStringLiteral("attempts")].toInt(), 1);
    }

    void hintsAreRevealedOneAtATime() {
        QVERIFY(course({QStringLiteral("hint"), QStringLiteral("move1")}).out.contains(QStringLiteral("hint 1 of 2")));
        QVERIFY(course({QStringLiteral("hint"), QStringLiteral("move1")}).out.contains(QStringLiteral("hint 2 of 2")));
        QVERIFY(course({QStringLiteral("hint"), QStringLiteral("move1")}).out.contains(QStringLiteral("All 2 hints")));
        QCOMPARE(progressOf(QStringLiteral("move1"))[QStringLiteral("hints_revealed")].toInt(), 2);
    }

    void aFixedWorkingCopyPassesAndTheNextItemBecomesCurrent() {
        const QByteArray solution = readFile(kExamplePack + QStringLiteral("/exercises/01-moves/move1.solution.cpp"));
        QVERIFY(writeFile(workingCopy(QStringLiteral("move1")), solution));
        const Run run = course({QStringLiteral("run")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("next: moves-quiz1")), qPrintable(run.out));
        QCOMPARE(progressOf(QStringLiteral("move1"))[QStringLiteral("status")].toString(), QStringLiteral("done"));
        const Run list = course({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object()[QStringLiteral("current")].toString(),
                 QStringLiteral("moves-quiz1"));
    }

    void verifyStopsAtTheUnansweredQuizThenQuizAnswersMoveOn() {
        const Run verify = course({QStringLiteral("verify")});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.out.contains(QStringLiteral("move1 ok")), qPrintable(verify.out));
        QVERIFY(verify.out.contains(QStringLiteral("quiz moves-quiz1 is not answered")));
        QVERIFY(course({QStringLiteral("quiz")}).out.contains(QStringLiteral("2. valid but unspecified")));
        QCOMPARE(course({QStringLiteral("quiz"), QStringLiteral("moves-quiz1"), QStringLiteral("1")}).exitCode, 1);
        const Run right = course({QStringLiteral("quiz"), QStringLiteral("moves-quiz1"), QStringLiteral("2")});
        QCOMPARE(right.exitCode, 0);
        QVERIFY(right.out.contains(QStringLiteral("valid but unspecified state")));
        QCOMPARE(progressOf(QStringLiteral("moves-quiz1"))[QStringLiteral("status")].toString(), QStringLiteral("done"));
    }

    void resetRestoresTheStartingCodeAndKeepsTheOldVersion() {
        const QString path = workingCopy(QStringLiteral("move1"));
        QVERIFY(writeFile(path, "// my own attempt\n"));
        const Run run = course({QStringLiteral("reset"), QStringLiteral("move1")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readFile(path), readFile(kExamplePack + QStringLiteral("/exercises/01-moves/move1.cpp")));
        QCOMPARE(course({QStringLiteral("reset")}).exitCode, 2);
    }

    void progressExportsCsv() {
        const Run run = course({QStringLiteral("progress"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("id,status,attempts")));
        QCOMPARE(lines.size(), 6);
        QVERIFY(lines[1].startsWith(QStringLiteral("move1,done,")));
    }

    void unknownExerciseAndMissingPackAreClearErrors() {
        const Run unknown = course({QStringLiteral("run"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no exercise `nope`")));
        const Run missing = ownlings({QStringLiteral("list"), QStringLiteral("--pack"), m_data.filePath(QStringLiteral("nowhere")),
                                      QStringLiteral("--data"), m_data.path()});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("cannot open the course")), qPrintable(missing.err));
    }

    void packCheckReportsEveryManifestProblem() {
        const Run run = ownlings({QStringLiteral("pack"), QStringLiteral("check"), QStringLiteral(OWNLINGS_COURSE_DATA "/broken-keys")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("pack.toml:")), qPrintable(run.out));
        QVERIFY(run.out.count(QLatin1Char('\n')) > 3);
    }

    void packNewWritesAPackThatPassesPackCheck() {
        const QString dir = m_data.filePath(QStringLiteral("new-pack"));
        QCOMPARE(ownlings({QStringLiteral("pack"), QStringLiteral("new"), dir}).exitCode, 0);
        const Run check = ownlings({QStringLiteral("pack"), QStringLiteral("check"), dir});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QVERIFY(check.out.contains(QStringLiteral("are good")));
        QCOMPARE(ownlings({QStringLiteral("pack"), QStringLiteral("new"), dir}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CourseCliTest)
#include "course_cli_test.moc"
