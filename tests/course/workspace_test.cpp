// Workspace: working copies outside the pack, atomic saves, reset and restore with history.
#include "app/course/progress/progress_store.h"
#include "app/course/progress/workspace.h"
#include "progress_test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;

namespace {

const QString kPack = QStringLiteral("pack-a");
const QString kExercise = QStringLiteral("move1");
const QByteArray kStartingCode = "int main() { /* TODO */ }\n";

} // namespace

class WorkspaceTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    QString m_startingFile;

    Workspace& workspace() { return *m_workspace; }

    QList<QByteArray> historyTexts() {
        QList<QByteArray> texts;
        const auto history = m_store->history(kPack, kExercise);
        for (const SnapshotInfo& snapshot : history.value_or(QList<SnapshotInfo>{}))
            texts << *m_store->snapshotSource(kPack, kExercise, snapshot.id);
        return texts;
    }

    QByteArray workingCopy() { return workspace().read(kPack, kExercise).value_or("<unreadable>"); }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString data = m_dir->filePath(QStringLiteral("data"));
        StoreOpening opening = ProgressStore::openInDirectory(data);
        QVERIFY2(opening.store, qPrintable(opening.error));
        m_store = std::move(opening.store);
        m_workspace = std::make_unique<Workspace>(data, *m_store);
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("pack/exercises"))));
        m_startingFile = m_dir->filePath(QStringLiteral("pack/exercises/move1.cpp"));
        QVERIFY(testing::writeAll(m_startingFile, kStartingCode));
    }

    void cleanup() {
        m_workspace.reset();
        m_store.reset();
        m_dir.reset();
    }

    void workingCopiesLiveUnderTheDataFolder() {
        QCOMPARE(workspace().workingCopyPath(kPack, kExercise),
                 m_dir->filePath(QStringLiteral("data/workspaces/pack-a/move1.cpp")));
        QVERIFY(!workspace().hasWorkingCopy(kPack, kExercise));
    }

    void idsThatCouldLeaveTheWorkspaceGetNoPath() {
        for (const QString& bad : {QStringLiteral(".."), QStringLiteral("../x"), QStringLiteral("a/b"),
                                   QStringLiteral(".hidden"), QString(), QStringLiteral("a\\b")}) {
            QVERIFY2(workspace().workingCopyPath(kPack, bad).isEmpty(), qPrintable(bad));
            QVERIFY2(workspace().workingCopyPath(bad, kExercise).isEmpty(), qPrintable(bad));
        }
        QVERIFY(!workspace().ensureWorkingCopy(kPack, QStringLiteral("../../escape"), m_startingFile));
        QVERIFY(workspace().lastError().contains(QStringLiteral("cannot name a working copy")));
        QVERIFY(!workspace().save(QStringLiteral(".."), kExercise, "x"));
    }

    void firstOpenCopiesTheStartingCode() {
        const auto path = workspace().ensureWorkingCopy(kPack, kExercise, m_startingFile);
        QVERIFY2(path, qPrintable(workspace().lastError()));
        QCOMPARE(*path, workspace().workingCopyPath(kPack, kExercise));
        QCOMPARE(testing::readAll(*path), kStartingCode);
    }

    void openingAgainNeverOverwritesTheLearnersWork() {
        QVERIFY(workspace().ensureWorkingCopy(kPack, kExercise, m_startingFile));
        QVERIFY(workspace().save(kPack, kExercise, "my work"));
        QVERIFY(testing::writeAll(m_startingFile, "a newer starting code"));
        QVERIFY(workspace().ensureWorkingCopy(kPack, kExercise, m_startingFile));
        QCOMPARE(workingCopy(), QByteArray("my work"));
    }

    void theCopyIsWritableEvenWhenThePackIsNot() {
        QVERIFY(QFile::setPermissions(m_startingFile, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const auto path = workspace().ensureWorkingCopy(kPack, kExercise, m_startingFile);
        QVERIFY(path);
        QVERIFY(QFileInfo(*path).permissions() & QFile::WriteOwner);
        QVERIFY(workspace().save(kPack, kExercise, "edited"));
    }

    void aMissingStartingFileIsReportedAndNothingCreated() {
        QVERIFY(!workspace().ensureWorkingCopy(kPack, kExercise, m_dir->filePath(QStringLiteral("nope.cpp"))));
        QVERIFY2(workspace().lastError().contains(QStringLiteral("starting code is missing")),
                 qPrintable(workspace().lastError()));
        QVERIFY(workspace().lastError().contains(QStringLiteral("nope.cpp")));
        QVERIFY(!workspace().hasWorkingCopy(kPack, kExercise));
    }

    void saveReplacesTheWholeFile() {
        QVERIFY(workspace().save(kPack, kExercise, "a long first version"));
        QVERIFY(workspace().save(kPack, kExercise, "short"));
        QCOMPARE(workingCopy(), QByteArray("short"));
        QVERIFY(!workspace().read(kPack, QStringLiteral("other")));
        QVERIFY(workspace().lastError().contains(QStringLiteral("no working copy")));
    }

    void resetKeepsTheOldVersionThenRestoresTheStartingCode() {
        QVERIFY(workspace().ensureWorkingCopy(kPack, kExercise, m_startingFile));
        QVERIFY(workspace().save(kPack, kExercise, "half done"));
        QVERIFY2(workspace().reset(kPack, kExercise, m_startingFile), qPrintable(workspace().lastError()));
        QCOMPARE(workingCopy(), kStartingCode);
        QCOMPARE(historyTexts(), QList<QByteArray>{"half done"});
        QCOMPARE(m_store->history(kPack, kExercise)->first().reason, SnapshotReason::Reset);
        QCOMPARE(testing::readAll(m_startingFile), kStartingCode);
    }

    void resetOfAGradedVersionDoesNotDuplicateIt() {
        QVERIFY(workspace().save(kPack, kExercise, "graded"));
        AttemptRecord attempt;
        attempt.source = "graded";
        QVERIFY(m_store->recordAttempt(kPack, kExercise, attempt));
        QVERIFY(workspace().reset(kPack, kExercise, m_startingFile));
        QCOMPARE(historyTexts(), QList<QByteArray>{"graded"});
    }

    void resetWithoutAWorkingCopyJustCopies() {
        QVERIFY(workspace().reset(kPack, kExercise, m_startingFile));
        QCOMPARE(workingCopy(), kStartingCode);
        QVERIFY(historyTexts().isEmpty());
    }

    void resetWithAMissingStartingFileChangesNothing() {
        QVERIFY(workspace().save(kPack, kExercise, "keep me"));
        QVERIFY(!workspace().reset(kPack, kExercise, m_dir->filePath(QStringLiteral("gone.cpp"))));
        QCOMPARE(workingCopy(), QByteArray("keep me"));
    }

    void restoreBringsBackAnOldVersionAndKeepsTheCurrentOne() {
        AttemptRecord attempt;
        attempt.source = "version one";
        QVERIFY(m_store->recordAttempt(kPack, kExercise, attempt));
        const qint64 first = m_store->history(kPack, kExercise)->first().id;
        QVERIFY(workspace().save(kPack, kExercise, "version two, never graded"));
        QVERIFY2(workspace().restoreSnapshot(kPack, kExercise, first), qPrintable(workspace().lastError()));
        QCOMPARE(workingCopy(), QByteArray("version one"));
        QCOMPARE(historyTexts(), (QList<QByteArray>{"version one", "version two, never graded"}));
        QCOMPARE(m_store->history(kPack, kExercise)->last().reason, SnapshotReason::Restore);
    }

    void restoringAnUnknownVersionChangesNothing() {
        QVERIFY(workspace().save(kPack, kExercise, "current"));
        QVERIFY(!workspace().restoreSnapshot(kPack, kExercise, 4242));
        QVERIFY(workspace().lastError().contains(QStringLiteral("no saved version")));
        QCOMPARE(workingCopy(), QByteArray("current"));
        QVERIFY(historyTexts().isEmpty());
    }

    void anUnreadableWorkingCopyIsNeverOverwrittenByReset() {
        // A folder where the working copy should be cannot be read into the history.
        QVERIFY(QDir().mkpath(workspace().workingCopyPath(kPack, kExercise)));
        QVERIFY(!workspace().reset(kPack, kExercise, m_startingFile));
        QVERIFY2(workspace().lastError().contains(QStringLiteral("nothing was overwritten")),
                 qPrintable(workspace().lastError()));
        QVERIFY(QFileInfo(workspace().workingCopyPath(kPack, kExercise)).isDir());
    }
};

QTEST_GUILESS_MAIN(WorkspaceTest)
#include "workspace_test.moc"
