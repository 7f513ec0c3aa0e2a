// The installed product, run from a temporary prefix as a user would run it:
// the files are where desktops and software centres look for them, the
// binaries find their pack, headers and check worker relative to themselves,
// and `ownlings verify --pack` passes on the bundled pack's solutions.
#include "app/course/pack/pack_loader.h"
#include "app/course/progress/progress_store.h"
#include "app/course/progress/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ownlings::course;

namespace {

const QString kPrefix = QStringLiteral(OWNLINGS_TEST_PREFIX);
constexpr int kVerifyTimeoutMs = 840 * 1000;

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString installed(const QString& relativePath) {
    return QDir(kPrefix).filePath(relativePath);
}

QString installedPack() {
    return installed(QStringLiteral("share/ownlings/pack"));
}

} // namespace

class InstalledTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_home; // HOME, XDG folders and the working directory: nothing of the build tree

    Run run(const QString& relativeBinary, const QStringList& args, int timeoutMs = 120000) {
        QProcess process;
        process.setProgram(installed(relativeBinary));
        process.setArguments(args);
        process.setWorkingDirectory(m_home.path());
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        process.start();
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString dataDir(const QString& name) const { return m_home.filePath(name); }

    /// Puts every exercise's reference solution in its working copy.
    void writeSolutionsAsWorkingCopies(const Pack& pack, const QString& data) {
        StoreOpening opening = ProgressStore::openInDirectory(data);
        QVERIFY2(opening.store, qPrintable(opening.error));
        Workspace workspace(data, *opening.store);
        for (const Item* item : pack.courseOrder()) {
            const auto* exercise = std::get_if<Exercise>(item);
            if (!exercise) continue;
            QFile solution(pack.absolutePath(exercise->solution));
            QVERIFY2(solution.open(QIODevice::ReadOnly), qPrintable(solution.fileName()));
            QVERIFY2(workspace.save(pack.id, exercise->id, solution.readAll()), qPrintable(workspace.lastError()));
        }
    }

    /// Answers every quiz right with the installed `ownlings quiz`.
    void answerQuizzes(const Pack& pack, const QString& data) {
        for (const Item* item : pack.courseOrder()) {
            const auto* quiz = std::get_if<Quiz>(item);
            if (!quiz) continue;
            const int answer = quiz->kind == Quiz::Kind::Choice ? quiz->answer + 1 : quiz->answerLine;
            const Run answered = run(QStringLiteral("bin/ownlings"),
                                     {QStringLiteral("quiz"), quiz->id, QString::number(answer), QStringLiteral("--pack"),
                                      installedPack(), QStringLiteral("--data"), data});
            QVERIFY2(answered.exitCode == 0, qPrintable(quiz->id + QLatin1Char('\n') + answered.out + answered.err));
        }
    }

private slots:
    void initTestCase() {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(kPrefix), "run the install/into_temp_prefix test first (ctest does)");
    }

    void filesAreWhereDesktopsLookForThem_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("executable");
        QTest::newRow("cli") << QStringLiteral("bin/ownlings") << true;
        QTest::newRow("pack manifest") << QStringLiteral("share/ownlings/pack/pack.toml") << false;
        QTest::newRow("first lesson") << QStringLiteral("share/ownlings/pack/lessons/01-welcome.md") << false;
        QTest::newRow("test header") << QStringLiteral("share/ownlings/include/ownlings_test.h") << false;
        if (OWNLINGS_TEST_WITH_GUI) {
            QTest::newRow("gui") << QStringLiteral("bin/ownlings-gui") << true;
            QTest::newRow("worker") << QStringLiteral("libexec/ownlings/ownlings-check-worker") << true;
            QTest::newRow("desktop file") << QStringLiteral("share/applications/ownlings.desktop") << false;
            QTest::newRow("metainfo") << QStringLiteral("share/metainfo/org.ownlings.Ownlings.metainfo.xml") << false;
            QTest::newRow("scalable icon") << QStringLiteral("share/icons/hicolor/scalable/apps/ownlings.svg") << false;
            QTest::newRow("256 icon") << QStringLiteral("share/icons/hicolor/256x256/apps/ownlings.png") << false;
        }
    }

    void filesAreWhereDesktopsLookForThem() {
        QFETCH(QString, path);
        QFETCH(bool, executable);
        const QFileInfo file(installed(path));
        QVERIFY2(file.isFile(), qPrintable(file.filePath()));
        QCOMPARE(file.isExecutable(), executable);
    }

    void metainfoNamesTheDesktopFile() {
        if (!OWNLINGS_TEST_WITH_GUI) QSKIP("built without the desktop app");
        QFile metainfo(installed(QStringLiteral("share/metainfo/org.ownlings.Ownlings.metainfo.xml")));
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QVERIFY(metainfo.readAll().contains("<launchable type=\"desktop-id\">ownlings.desktop</launchable>"));
    }

    void cliFindsTheInstalledPackByItself() {
        const Run listed = run(QStringLiteral("bin/ownlings"),
                               {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--data"), dataDir(QStringLiteral("list-data"))});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonObject list = QJsonDocument::fromJson(listed.out.toUtf8()).object();
        QCOMPARE(list[QStringLiteral("pack")].toString(), QStringLiteral("ownlings-default"));
        QCOMPARE(list[QStringLiteral("pack_dir")].toString(), QFileInfo(installedPack()).canonicalFilePath());
    }

    void guiChecksWithTheInstalledWorker() {
        if (!OWNLINGS_TEST_WITH_GUI) QSKIP("built without the desktop app");
        // --self-test checks a sample with a use after move in the worker process
        // and passes only when the finding shows in the window.
        const Run selfTest = run(QStringLiteral("bin/ownlings-gui"), {QStringLiteral("--self-test")});
        QVERIFY2(selfTest.exitCode == 0, qPrintable(selfTest.out + selfTest.err));
        QVERIFY2(selfTest.out.contains(QStringLiteral("self-test: passed")), qPrintable(selfTest.out));
    }

    void verifyPassesOnTheBundledSolutions() {
        const PackLoadResult loaded = loadPack(installedPack());
        QVERIFY2(loaded.ok(), loaded.problems.empty() ? "" : qPrintable(loaded.problems.front().toString()));
        const QString data = dataDir(QStringLiteral("verify-data"));
        writeSolutionsAsWorkingCopies(*loaded.pack, data);
        if (QTest::currentTestFailed()) return;
        answerQuizzes(*loaded.pack, data);
        if (QTest::currentTestFailed()) return;

        const Run verified = run(QStringLiteral("bin/ownlings"),
                                 {QStringLiteral("verify"), QStringLiteral("--pack"), installedPack(),
                                  QStringLiteral("--data"), data},
                                 kVerifyTimeoutMs);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        const QString done = QStringLiteral("All %1 exercises and quizzes").arg(loaded.pack->courseOrder().size());
        QVERIFY2(verified.out.contains(done), qPrintable(verified.out));
    }
};

QTEST_GUILESS_MAIN(InstalledTest)
#include "installed_test.moc"
