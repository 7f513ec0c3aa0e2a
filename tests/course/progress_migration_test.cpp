// Progress schema migrations: one test per migration, each upgrading a database made
// at the previous version with data in it.
#include "app/course/progress/progress_schema.h"
#include "app/course/progress/progress_store.h"
#include "progress_test_support.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;

namespace {

const QString kPack = QStringLiteral("pack-a");

// A database file brought to `version` by the real migrations, then filled by `statements`.
bool makeDatabaseAt(const QString& path, int version, const QStringList& statements) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
        db.setDatabaseName(path);
        QString error;
        ok = db.open() && migrateProgressDatabase(db, version, &error);
        if (!ok)
            qWarning() << error;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("old"));
    return ok && testing::rawExec(path, statements);
}

// Exercise 1 `move1` done after two attempts on two snapshots, as version 1 stored them.
const QStringList kVersion1Data = {
    QStringLiteral("INSERT INTO exercise (id, pack_id, exercise_id, status, first_seen_ms, done_at_ms)"
                   " VALUES (1, 'pack-a', 'move1', 2, 1000, 5000)"),
    QStringLiteral("INSERT INTO snapshot (id, exercise, at_ms, reason, sha256, source)"
                   " VALUES (1, 1, 2000, 0, 'h1', CAST('first try' AS BLOB))"),
    QStringLiteral("INSERT INTO snapshot (id, exercise, at_ms, reason, sha256, source)"
                   " VALUES (2, 1, 5000, 0, 'h2', CAST('fixed' AS BLOB))"),
    QStringLiteral("INSERT INTO attempt (exercise, at_ms, stage, passed, rules_hit, duration_ms, snapshot)"
                   " VALUES (1, 2000, 'check', 0, 'use-after-move', 40, 1)"),
    QStringLiteral("INSERT INTO attempt (exercise, at_ms, stage, passed, rules_hit, duration_ms, snapshot)"
                   " VALUES (1, 5000, 'test', 1, '', 900, 2)"),
};

const QStringList kVersion2Data = kVersion1Data + QStringList{
    QStringLiteral("UPDATE exercise SET solution_viewed_ms = 4000 WHERE id = 1"),
    QStringLiteral("INSERT INTO hint_reveal (exercise, number, at_ms) VALUES (1, 1, 3000)"),
    QStringLiteral("INSERT INTO hint_reveal (exercise, number, at_ms) VALUES (1, 2, 3500)"),
};

} // namespace

class ProgressMigrationTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    std::unique_ptr<ProgressStore> openStore() {
        StoreOpening opening = ProgressStore::open(m_path);
        if (!opening.error.isEmpty())
            qWarning() << opening.error;
        if (!opening.warnings.isEmpty())
            qWarning() << opening.warnings;
        return opening.warnings.isEmpty() ? std::move(opening.store) : nullptr;
    }

    int version() { return testing::rawValue(m_path, QStringLiteral("PRAGMA user_version")).toInt(); }

    // The version 1 data, read back through the current API.
    void checkVersion1DataSurvived(ProgressStore& store) {
        const auto p = store.exerciseProgress(kPack, QStringLiteral("move1"));
        QVERIFY2(p, qPrintable(store.lastError()));
        QCOMPARE(p->status, ExerciseStatus::Done);
        QCOMPARE(p->firstSeen.toMSecsSinceEpoch(), 1000);
        QCOMPARE(p->doneAt.toMSecsSinceEpoch(), 5000);
        QCOMPARE(p->attempts, 2);
        const auto attempts = store.attempts(kPack, QStringLiteral("move1"));
        QCOMPARE(attempts->at(0).rulesHit, QStringList{QStringLiteral("use-after-move")});
        QCOMPARE(attempts->at(1).durationMs, 900);
        const auto history = store.history(kPack, QStringLiteral("move1"));
        QCOMPARE(history->size(), 2);
        QCOMPARE(*store.snapshotSource(kPack, QStringLiteral("move1"), history->at(0).id), QByteArray("first try"));
        QCOMPARE(history->at(1).stage, QStringLiteral("test"));
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("progress.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void migrationsAreNumberedOneByOne() {
        const auto& migrations = progressMigrations();
        QCOMPARE(static_cast<int>(migrations.size()), kProgressSchemaVersion);
        for (size_t i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations[i].version, static_cast<int>(i) + 1);
            QVERIFY(!migrations[i].statements.isEmpty());
        }
    }

    void migration1CreatesTheBaseTablesInAnEmptyFile() {
        QVERIFY(testing::writeAll(m_path, {}));
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(version(), kProgressSchemaVersion);
        QVERIFY(store->recordAttempt(kPack, QStringLiteral("move1"), AttemptRecord{}));
        QCOMPARE(store->attempts(kPack, QStringLiteral("move1"))->size(), 1);
    }

    void migration2KeepsVersion1Progress() {
        QVERIFY(makeDatabaseAt(m_path, 1, kVersion1Data));
        QCOMPARE(version(), 1);
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(version(), kProgressSchemaVersion);
        checkVersion1DataSurvived(*store);
        // What version 2 added works on the old rows.
        QVERIFY(!store->exerciseProgress(kPack, QStringLiteral("move1"))->solutionViewed());
        QVERIFY(store->recordHintRevealed(kPack, QStringLiteral("move1"), 1));
        QVERIFY(store->recordSolutionViewed(kPack, QStringLiteral("move1")));
        QCOMPARE(store->exerciseProgress(kPack, QStringLiteral("move1"))->hintsRevealed, 1);
    }

    void migration3KeepsVersion2Progress() {
        QVERIFY(makeDatabaseAt(m_path, 2, kVersion2Data));
        QCOMPARE(version(), 2);
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(version(), kProgressSchemaVersion);
        checkVersion1DataSurvived(*store);
        const auto p = store->exerciseProgress(kPack, QStringLiteral("move1"));
        QCOMPARE(p->solutionViewedAt.toMSecsSinceEpoch(), 4000);
        QCOMPARE(p->hintsRevealed, 2);
        QCOMPARE(store->hintsRevealed(kPack, QStringLiteral("move1"))->at(1).at.toMSecsSinceEpoch(), 3500);
        // What version 3 added works on the old rows.
        QVERIFY(store->recordQuizAnswer(kPack, QStringLiteral("move1"), QStringLiteral("b"), true));
        QVERIFY(store->setCurrentExercise(kPack, QStringLiteral("move1")));
        QCOMPARE(store->quizAnswers(kPack, QStringLiteral("move1"))->size(), 1);
    }

    void aFailingMigrationLeavesNoTraceAndIsReported() {
        // A stray hint_reveal table makes migration 2 fail halfway, after its ALTER TABLE.
        QVERIFY(makeDatabaseAt(m_path, 1, kVersion1Data + QStringList{QStringLiteral("CREATE TABLE hint_reveal (x)")}));
        StoreOpening opening = ProgressStore::open(m_path);
        QVERIFY(!opening.store);
        QVERIFY2(opening.error.contains(QStringLiteral("migration to version 2")), qPrintable(opening.error));
        QCOMPARE(version(), 1);
        const QVariant column = testing::rawValue(
            m_path, QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('exercise') WHERE name = 'solution_viewed_ms'"));
        QCOMPARE(column.toInt(), 0);
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM attempt")).toInt(), 2);
    }

    void anUpToDateDatabaseIsLeftAsItIs() {
        QVERIFY(makeDatabaseAt(m_path, kProgressSchemaVersion, kVersion2Data));
        auto store = openStore();
        QVERIFY(store);
        checkVersion1DataSurvived(*store);
        QCOMPARE(version(), kProgressSchemaVersion);
    }
};

QTEST_GUILESS_MAIN(ProgressMigrationTest)
#include "progress_migration_test.moc"
