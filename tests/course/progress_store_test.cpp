// ProgressStore: what it records per exercise and how it reads it back.
#include "app/course/progress/data_directory.h"
#include "app/course/progress/progress_schema.h"
#include "app/course/progress/progress_store.h"
#include "progress_test_support.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;

namespace {

const QString kPack = QStringLiteral("pack-a");

QDateTime at(int minute) {
    return QDateTime(QDate(2024, 5, 1), QTime(10, minute), Qt::UTC);
}

AttemptRecord attempt(const QByteArray& source, bool passed, const QDateTime& when = {}) {
    AttemptRecord record;
    record.stage = passed ? QStringLiteral("test") : QStringLiteral("check");
    record.passed = passed;
    record.source = source;
    record.at = when;
    return record;
}

} // namespace

class ProgressStoreTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_store;

    ProgressStore& store() { return *m_store; }

    ExerciseProgress progress(const QString& exerciseId) {
        const auto result = store().exerciseProgress(kPack, exerciseId);
        if (!result)
            qWarning() << store().lastError();
        return result.value_or(ExerciseProgress{});
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        StoreOpening opening = ProgressStore::openInDirectory(m_dir->path());
        QVERIFY2(opening.store, qPrintable(opening.error));
        QVERIFY(opening.warnings.isEmpty());
        m_store = std::move(opening.store);
    }

    void cleanup() {
        m_store.reset();
        m_dir.reset();
    }

    void newDatabaseIsAtTheLatestSchemaInWalMode() {
        const QString path = store().databasePath();
        QCOMPARE(path, m_dir->filePath(QStringLiteral("progress.sqlite")));
        QCOMPARE(testing::rawValue(path, QStringLiteral("PRAGMA user_version")).toInt(), kProgressSchemaVersion);
        QCOMPARE(testing::rawValue(path, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void openCreatesMissingDataFolders() {
        const QString nested = m_dir->filePath(QStringLiteral("a/b/c"));
        const StoreOpening opening = ProgressStore::openInDirectory(nested);
        QVERIFY2(opening.store, qPrintable(opening.error));
        QVERIFY(QFileInfo::exists(nested + QStringLiteral("/progress.sqlite")));
    }

    void untouchedExerciseIsNotStarted() {
        const ExerciseProgress p = progress(QStringLiteral("move1"));
        QCOMPARE(p.exerciseId, QStringLiteral("move1"));
        QCOMPARE(p.status, ExerciseStatus::NotStarted);
        QVERIFY(!p.firstSeen.isValid());
        QCOMPARE(p.attempts, 0);
        QCOMPARE(store().attempts(kPack, QStringLiteral("move1"))->size(), 0);
    }

    void markSeenKeepsTheFirstTime() {
        QVERIFY(store().markSeen(kPack, QStringLiteral("move1"), at(1)));
        QVERIFY(store().markSeen(kPack, QStringLiteral("move1"), at(5)));
        const ExerciseProgress p = progress(QStringLiteral("move1"));
        QCOMPARE(p.firstSeen, at(1));
        QCOMPARE(p.status, ExerciseStatus::NotStarted);
    }

    void failedAttemptMarksAttempted() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("int main() {}", false, at(2))));
        const ExerciseProgress p = progress(QStringLiteral("move1"));
        QCOMPARE(p.status, ExerciseStatus::Attempted);
        QCOMPARE(p.firstSeen, at(2));
        QVERIFY(!p.doneAt.isValid());
        QCOMPARE(p.attempts, 1);
        QCOMPARE(p.lastStage, QStringLiteral("check"));
    }

    void passingMarksDoneAndAFailureLaterKeepsIt() {
        QVERIFY(store().markSeen(kPack, QStringLiteral("move1"), at(0)));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("v1", false, at(1))));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("v2", true, at(3))));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("v3", true, at(4))));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("v4", false, at(6))));
        const ExerciseProgress p = progress(QStringLiteral("move1"));
        QCOMPARE(p.status, ExerciseStatus::Done);
        QCOMPARE(p.doneAt, at(3));
        QCOMPARE(p.timeToDoneMs(), std::optional<qint64>(3 * 60 * 1000));
        QCOMPARE(p.attempts, 4);
        QCOMPARE(p.lastAttemptAt, at(6));
    }

    void attemptsComeBackOldestFirstWithEveryField() {
        AttemptRecord first = attempt("a", false, at(1));
        first.stage = QStringLiteral("compile");
        first.rulesHit = {QStringLiteral("use-after-move"), QStringLiteral("dangling-reference")};
        first.durationMs = 1234;
        const auto firstId = store().recordAttempt(kPack, QStringLiteral("move1"), first);
        QVERIFY(firstId);
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("b", true, at(2))));
        const auto attempts = store().attempts(kPack, QStringLiteral("move1"));
        QVERIFY2(attempts, qPrintable(store().lastError()));
        QCOMPARE(attempts->size(), 2);
        const AttemptInfo& a = attempts->at(0);
        QCOMPARE(a.id, *firstId);
        QCOMPARE(a.at, at(1));
        QCOMPARE(a.stage, QStringLiteral("compile"));
        QCOMPARE(a.passed, false);
        QCOMPARE(a.rulesHit, first.rulesHit);
        QCOMPARE(a.durationMs, 1234);
        QCOMPARE(attempts->at(1).passed, true);
        QVERIFY(attempts->at(1).rulesHit.isEmpty());
        QCOMPARE(*store().snapshotSource(kPack, QStringLiteral("move1"), a.snapshotId), QByteArray("a"));
    }

    void everyGradedVersionIsInTheHistory() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("one", false, at(1))));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("two", false, at(2))));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("one", true, at(3))));
        const auto history = store().history(kPack, QStringLiteral("move1"));
        QVERIFY2(history, qPrintable(store().lastError()));
        QCOMPARE(history->size(), 3);
        QList<QByteArray> texts;
        for (const SnapshotInfo& s : *history)
            texts << *store().snapshotSource(kPack, QStringLiteral("move1"), s.id);
        QCOMPARE(texts, (QList<QByteArray>{"one", "two", "one"}));
        QCOMPARE(history->at(0).at, at(1));
        QCOMPARE(history->at(0).stage, QStringLiteral("check"));
        QCOMPARE(history->at(2).stage, QStringLiteral("test"));
        QCOMPARE(history->at(2).passed, true);
        QCOMPARE(history->at(1).reason, SnapshotReason::Attempt);
        QCOMPARE(history->at(1).size, 3);
    }

    void identicalConsecutiveVersionsShareOneSnapshot() {
        const auto a = store().recordAttempt(kPack, QStringLiteral("move1"), attempt("same", false, at(1)));
        const auto b = store().recordAttempt(kPack, QStringLiteral("move1"), attempt("same", true, at(2)));
        QVERIFY(a && b);
        const auto history = store().history(kPack, QStringLiteral("move1"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().at, at(1));
        QCOMPARE(history->first().stage, QStringLiteral("test")); // from the latest attempt on it
        const auto attempts = store().attempts(kPack, QStringLiteral("move1"));
        QCOMPARE(attempts->at(0).snapshotId, attempts->at(1).snapshotId);
    }

    void sourcesRoundTripByteForByte() {
        const QByteArray binary("a\0b\xff\xfe\r\n", 7);
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("bin"), attempt(binary, false)));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("empty"), attempt(QByteArray(), false)));
        const auto binHistory = store().history(kPack, QStringLiteral("bin"));
        QCOMPARE(*store().snapshotSource(kPack, QStringLiteral("bin"), binHistory->first().id), binary);
        const auto emptyHistory = store().history(kPack, QStringLiteral("empty"));
        QCOMPARE(*store().snapshotSource(kPack, QStringLiteral("empty"), emptyHistory->first().id), QByteArray());
    }

    void snapshotOfAnotherExerciseIsNotHanded() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("secret", false)));
        const qint64 id = store().history(kPack, QStringLiteral("move1"))->first().id;
        QVERIFY(!store().snapshotSource(kPack, QStringLiteral("move2"), id));
        QVERIFY(!store().snapshotSource(QStringLiteral("other-pack"), QStringLiteral("move1"), id));
        QVERIFY(store().lastError().contains(QStringLiteral("no saved version")));
    }

    void addSnapshotKeepsUngradedVersions() {
        const auto id = store().addSnapshot(kPack, QStringLiteral("move1"), "draft", SnapshotReason::Reset, at(7));
        QVERIFY2(id, qPrintable(store().lastError()));
        const auto history = store().history(kPack, QStringLiteral("move1"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().reason, SnapshotReason::Reset);
        QVERIFY(history->first().stage.isEmpty());
        QCOMPARE(progress(QStringLiteral("move1")).status, ExerciseStatus::NotStarted);
    }

    void eachHintNumberCountsOnce() {
        QVERIFY(store().recordHintRevealed(kPack, QStringLiteral("move1"), 1, at(1)));
        QVERIFY(store().recordHintRevealed(kPack, QStringLiteral("move1"), 2, at(2)));
        QVERIFY(store().recordHintRevealed(kPack, QStringLiteral("move1"), 1, at(3)));
        const auto hints = store().hintsRevealed(kPack, QStringLiteral("move1"));
        QCOMPARE(hints->size(), 2);
        QCOMPARE(hints->at(0).number, 1);
        QCOMPARE(hints->at(0).at, at(1));
        QCOMPARE(hints->at(1).number, 2);
        QCOMPARE(progress(QStringLiteral("move1")).hintsRevealed, 2);
        QCOMPARE(progress(QStringLiteral("move1")).firstSeen, at(1));
    }

    void hintNumberZeroIsRefused() {
        QVERIFY(!store().recordHintRevealed(kPack, QStringLiteral("move1"), 0));
        QVERIFY(store().lastError().contains(QStringLiteral("start at 1")));
        QCOMPARE(store().hintsRevealed(kPack, QStringLiteral("move1"))->size(), 0);
    }

    void solutionViewKeepsTheFirstTime() {
        QVERIFY(!progress(QStringLiteral("move1")).solutionViewed());
        QVERIFY(store().recordSolutionViewed(kPack, QStringLiteral("move1"), at(4)));
        QVERIFY(store().recordSolutionViewed(kPack, QStringLiteral("move1"), at(9)));
        QCOMPARE(progress(QStringLiteral("move1")).solutionViewedAt, at(4));
    }

    void quizAnswersAreKeptAndARightOneMarksDone() {
        QVERIFY(store().recordQuizAnswer(kPack, QStringLiteral("quiz1"), QStringLiteral("destroyed"), false, at(1)));
        QCOMPARE(progress(QStringLiteral("quiz1")).status, ExerciseStatus::Attempted);
        QVERIFY(store().recordQuizAnswer(kPack, QStringLiteral("quiz1"), QStringLiteral("valid but unspecified"),
                                         true, at(2)));
        const auto answers = store().quizAnswers(kPack, QStringLiteral("quiz1"));
        QCOMPARE(answers->size(), 2);
        QCOMPARE(answers->at(0).answer, QStringLiteral("destroyed"));
        QCOMPARE(answers->at(0).correct, false);
        QCOMPARE(answers->at(1).correct, true);
        QCOMPARE(progress(QStringLiteral("quiz1")).status, ExerciseStatus::Done);
        QCOMPARE(progress(QStringLiteral("quiz1")).quizAnswers, 2);
        QCOMPARE(progress(QStringLiteral("quiz1")).attempts, 0);
        QCOMPARE(progress(QStringLiteral("quiz1")).doneAt, at(2));
    }

    void packProgressFollowsTheCourseOrder() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("b"), attempt("x", true)));
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("a"), attempt("y", false)));
        const auto ordered = store().packProgress(kPack, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        QVERIFY2(ordered, qPrintable(store().lastError()));
        QCOMPARE(ordered->size(), 3);
        QCOMPARE(ordered->at(0).exerciseId, QStringLiteral("a"));
        QCOMPARE(ordered->at(0).status, ExerciseStatus::Attempted);
        QCOMPARE(ordered->at(1).status, ExerciseStatus::Done);
        QCOMPARE(ordered->at(2).exerciseId, QStringLiteral("c"));
        QCOMPARE(ordered->at(2).status, ExerciseStatus::NotStarted);
        const auto known = store().packProgress(kPack);
        QCOMPARE(known->size(), 2);
        QCOMPARE(known->at(0).exerciseId, QStringLiteral("b"));
    }

    void packsKeepSeparateProgress() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("x", true)));
        QCOMPARE(store().exerciseProgress(QStringLiteral("pack-b"), QStringLiteral("move1"))->status,
                 ExerciseStatus::NotStarted);
        QCOMPARE(store().packProgress(QStringLiteral("pack-b"))->size(), 0);
    }

    void currentExerciseIsRememberedPerPack() {
        QCOMPARE(*store().currentExercise(kPack), QString());
        QVERIFY(store().setCurrentExercise(kPack, QStringLiteral("move1")));
        QVERIFY(store().setCurrentExercise(kPack, QStringLiteral("move2")));
        QVERIFY(store().setCurrentExercise(QStringLiteral("pack-b"), QStringLiteral("intro1")));
        QCOMPARE(*store().currentExercise(kPack), QStringLiteral("move2"));
        QCOMPARE(*store().currentExercise(QStringLiteral("pack-b")), QStringLiteral("intro1"));
    }

    void emptyIdsAreRefusedWithAMessage() {
        QVERIFY(!store().recordAttempt(QString(), QStringLiteral("move1"), attempt("x", true)));
        QVERIFY(store().lastError().contains(QStringLiteral("pack id")));
        QVERIFY(!store().markSeen(kPack, QString()));
        QCOMPARE(store().packProgress(kPack)->size(), 0);
    }

    void progressSurvivesReopening() {
        QVERIFY(store().recordAttempt(kPack, QStringLiteral("move1"), attempt("kept", true, at(2))));
        QVERIFY(store().setCurrentExercise(kPack, QStringLiteral("move1")));
        m_store.reset();
        StoreOpening reopened = ProgressStore::openInDirectory(m_dir->path());
        QVERIFY2(reopened.store, qPrintable(reopened.error));
        m_store = std::move(reopened.store);
        QCOMPARE(progress(QStringLiteral("move1")).doneAt, at(2));
        QCOMPARE(*store().currentExercise(kPack), QStringLiteral("move1"));
    }

    void inMemoryStoreWorks() {
        StoreOpening opening = ProgressStore::open(QStringLiteral(":memory:"));
        QVERIFY2(opening.store, qPrintable(opening.error));
        QVERIFY(opening.store->recordAttempt(kPack, QStringLiteral("m"), attempt("x", true)));
        QCOMPARE(opening.store->exerciseProgress(kPack, QStringLiteral("m"))->status, ExerciseStatus::Done);
    }

    void defaultDataFolderIsTheSameForTheCliAndTheGui() {
        QStandardPaths::setTestModeEnabled(true);
        const QString name = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(QStringLiteral("ownlings"));
        const QString cli = defaultDataDirectory();
        QCoreApplication::setApplicationName(QStringLiteral("ownlings-gui"));
        const QString gui = defaultDataDirectory();
        QCoreApplication::setApplicationName(name);
        QStandardPaths::setTestModeEnabled(false);
        QCOMPARE(cli, gui);
        QVERIFY(cli.endsWith(QStringLiteral("/ownlings")));
    }

    void statusNamesAreTheListWords() {
        QCOMPARE(statusName(ExerciseStatus::NotStarted), QStringLiteral("not started"));
        QCOMPARE(statusName(ExerciseStatus::Attempted), QStringLiteral("attempted"));
        QCOMPARE(statusName(ExerciseStatus::Done), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(ProgressStoreTest)
#include "progress_store_test.moc"
