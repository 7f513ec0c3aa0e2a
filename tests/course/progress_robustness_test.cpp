// ProgressStore under stress: corrupt or foreign files in its place, a newer schema,
// and several stores, threads and processes writing one database at once.
#include "app/course/progress/progress_database.h"
#include "app/course/progress/progress_schema.h"
#include "app/course/progress/progress_store.h"
#include "progress_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

#include <unistd.h>

using namespace ownlings::course;

namespace {

const QString kPack = QStringLiteral("pack-a");
const QString kShared = QStringLiteral("shared");
const char* const kWriterMode = "--write-attempts";

// Records `count` failing attempts at one shared exercise, each with a distinct source.
bool writeAttempts(const QString& path, const QString& tag, int count, QString* error) {
    StoreOpening opening = ProgressStore::open(path);
    if (!opening.store) {
        *error = opening.error;
        return false;
    }
    for (int i = 0; i < count; ++i) {
        AttemptRecord record;
        record.stage = QStringLiteral("check");
        record.source = QStringLiteral("// %1 %2").arg(tag).arg(i).toUtf8();
        if (!opening.store->recordAttempt(kPack, kShared, record) ||
            !opening.store->recordHintRevealed(kPack, kShared, 1 + i % 3)) {
            *error = opening.store->lastError();
            return false;
        }
    }
    return true;
}

// The child half of the two-process test: `progress_robustness_test --write-attempts DB TAG N`.
int runWriter(const QStringList& args) {
    QString error;
    if (args.size() == 5 && writeAttempts(args[2], args[3], args[4].toInt(), &error))
        return 0;
    fprintf(stderr, "writer failed: %s\n", qPrintable(error));
    return 1;
}

// The set-aside databases in `folder` (without their -wal and -shm companions).
QStringList setAsideFiles(const QString& folder) {
    QStringList names = QDir(folder).entryList({QStringLiteral("progress.sqlite.corrupt-*")},
                                               QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    names.removeIf([](const QString& name) {
        return name.endsWith(QStringLiteral("-wal")) || name.endsWith(QStringLiteral("-shm"));
    });
    return names;
}

QByteArray garbage() {
    QByteArray bytes;
    for (int i = 0; i < 8192; ++i)
        bytes.append(static_cast<char>((i * 7919 + 13) % 251));
    return bytes;
}

} // namespace

class ProgressRobustnessTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    int attemptCount() {
        return testing::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM attempt")).toInt();
    }

    // Opens the store expecting exactly one set-aside warning; returns the set-aside path.
    QString openExpectingSetAside() {
        StoreOpening opening = ProgressStore::open(m_path);
        if (!opening.store || opening.warnings.size() != 1) {
            qWarning() << opening.error << opening.warnings;
            return {};
        }
        const QStringList aside = setAsideFiles(m_dir->path());
        if (aside.size() != 1 || !opening.warnings.first().contains(aside.first()) ||
            !opening.store->recordAttempt(kPack, QStringLiteral("after"), AttemptRecord{}))
            return {};
        return m_dir->filePath(aside.first());
    }

private slots:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("progress.sqlite"));
    }

    void cleanup() { m_dir.reset(); }

    void garbageIsSetAsideAndANewDatabaseStarted() {
        QVERIFY(testing::writeAll(m_path, garbage()));
        const QString aside = openExpectingSetAside();
        QVERIFY(!aside.isEmpty());
        QCOMPARE(testing::readAll(aside), garbage());
        QVERIFY(QFileInfo(aside).fileName().contains(QRegularExpression(QStringLiteral("\\.corrupt-\\d{8}-\\d{6}$"))));
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("PRAGMA user_version")).toInt(), kProgressSchemaVersion);
        QCOMPARE(attemptCount(), 1);
    }

    void damagedPagesAreSetAside() {
        {
            StoreOpening opening = ProgressStore::open(m_path);
            QVERIFY(opening.store);
            AttemptRecord big;
            big.source = QByteArray(20000, 'x');
            for (int i = 0; i < 20; ++i) {
                big.source[0] = static_cast<char>('a' + i);
                QVERIFY(opening.store->recordAttempt(kPack, QStringLiteral("e%1").arg(i), big));
            }
        }
        QVERIFY(testing::rawExec(m_path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                          QStringLiteral("PRAGMA journal_mode = DELETE")}));
        QByteArray bytes = testing::readAll(m_path);
        QVERIFY(bytes.size() > 8 * 4096);
        // Scribble over the b-tree pages after the first: the header still says SQLite.
        for (qsizetype i = 4096; i < bytes.size(); i += 4096)
            bytes.replace(i, 64, QByteArray(64, '\x5a'));
        QVERIFY(testing::writeAll(m_path, bytes));
        const QString aside = openExpectingSetAside();
        QVERIFY(!aside.isEmpty());
        QCOMPARE(testing::readAll(aside), bytes);
    }

    void aFolderInPlaceOfTheDatabaseIsSetAside() {
        QVERIFY(QDir().mkpath(m_path + QStringLiteral("/inside")));
        const QString aside = openExpectingSetAside();
        QVERIFY(!aside.isEmpty());
        QVERIFY(QFileInfo(aside + QStringLiteral("/inside")).isDir());
        QVERIFY(QFileInfo(m_path).isFile());
    }

    void walFilesMoveAsideWithTheirDatabase() {
        QVERIFY(testing::writeAll(m_path, garbage()));
        QVERIFY(testing::writeAll(m_path + QStringLiteral("-wal"), "stale wal"));
        QVERIFY(testing::writeAll(m_path + QStringLiteral("-shm"), "stale shm"));
        const QString aside = openExpectingSetAside();
        QVERIFY(!aside.isEmpty());
        QCOMPARE(testing::readAll(aside + QStringLiteral("-wal")), QByteArray("stale wal"));
        QCOMPARE(testing::readAll(aside + QStringLiteral("-shm")), QByteArray("stale shm"));
    }

    void anUnreadableFileIsSetAside() {
        if (::geteuid() == 0)
            QSKIP("root reads any file");
        QVERIFY(ProgressStore::open(m_path).store);
        QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions()));
        const QString aside = openExpectingSetAside();
        QVERIFY(!aside.isEmpty());
    }

    void setAsideNamesNeverOverwrite() {
        const QDateTime when(QDate(2024, 3, 9), QTime(14, 5, 7));
        const QString first = setAsideName(m_path, when);
        QCOMPARE(first, m_path + QStringLiteral(".corrupt-20240309-140507"));
        QVERIFY(testing::writeAll(first, "older"));
        const QString second = setAsideName(m_path, when);
        QCOMPARE(second, first + QStringLiteral("-2"));
        QVERIFY(testing::writeAll(second, "old"));
        QCOMPARE(setAsideName(m_path, when), first + QStringLiteral("-3"));
    }

    void twoCorruptionsKeepBothOldFiles() {
        QVERIFY(testing::writeAll(m_path, garbage()));
        QVERIFY(ProgressStore::open(m_path).store);
        QVERIFY(testing::writeAll(m_path, "second garbage file, long enough to not be a database header"));
        QVERIFY(ProgressStore::open(m_path).store);
        const QStringList aside = setAsideFiles(m_dir->path());
        QCOMPARE(aside.size(), 2);
        QCOMPARE(testing::readAll(m_dir->filePath(aside.at(0))), garbage());
    }

    void aNewerDatabaseIsRefusedAndLeftUntouched() {
        QVERIFY(ProgressStore::open(m_path).store);
        QVERIFY(testing::rawExec(m_path, {QStringLiteral("PRAGMA user_version = 99"),
                                          QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")}));
        const QByteArray before = testing::readAll(m_path);
        const StoreOpening opening = ProgressStore::open(m_path);
        QVERIFY(!opening.store);
        QVERIFY2(opening.error.contains(QStringLiteral("newer Ownlings")), qPrintable(opening.error));
        QVERIFY(opening.error.contains(QStringLiteral("version 99")));
        QVERIFY(opening.warnings.isEmpty());
        QCOMPARE(testing::readAll(m_path), before);
        QCOMPARE(setAsideFiles(m_dir->path()).size(), 0);
    }

    void anUncreatableFolderIsReportedClearly() {
        QVERIFY(testing::writeAll(m_dir->filePath(QStringLiteral("file")), "x"));
        const StoreOpening opening = ProgressStore::openInDirectory(m_dir->filePath(QStringLiteral("file/sub")));
        QVERIFY(!opening.store);
        QVERIFY2(opening.error.contains(QStringLiteral("--data")), qPrintable(opening.error));
    }

    void twoStoresInOneProcessSeeEachOthersWrites() {
        StoreOpening a = ProgressStore::open(m_path);
        StoreOpening b = ProgressStore::open(m_path);
        QVERIFY(a.store && b.store);
        for (int i = 0; i < 20; ++i) {
            AttemptRecord record;
            record.source = QByteArray::number(i);
            QVERIFY((i % 2 ? a : b).store->recordAttempt(kPack, kShared, record));
        }
        QVERIFY(a.store->recordAttempt(kPack, QStringLiteral("done"), AttemptRecord{{}, true, {}, 0, "x", {}}));
        QCOMPARE(b.store->attempts(kPack, kShared)->size(), 20);
        QCOMPARE(b.store->exerciseProgress(kPack, QStringLiteral("done"))->status, ExerciseStatus::Done);
    }

    void twoThreadsWriteOneDatabase() {
        QVERIFY(ProgressStore::open(m_path).store); // create it before the race
        QString errors[2];
        std::thread first([&] { writeAttempts(m_path, QStringLiteral("t1"), 100, &errors[0]); });
        std::thread second([&] { writeAttempts(m_path, QStringLiteral("t2"), 100, &errors[1]); });
        first.join();
        second.join();
        QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
        QCOMPARE(attemptCount(), 200);
    }

    void twoProcessesWriteOneDatabase() {
        // No database yet: the children also race to create and migrate it.
        const int perWriter = 150;
        QList<QProcess*> writers;
        for (const QString& tag : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            auto* process = new QProcess(this);
            process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            process->start(QCoreApplication::applicationFilePath(),
                           {QString::fromLatin1(kWriterMode), m_path, tag, QString::number(perWriter)});
            writers << process;
        }
        QString error;
        QVERIFY2(writeAttempts(m_path, QStringLiteral("parent"), perWriter, &error), qPrintable(error));
        for (QProcess* process : writers) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }
        QCOMPARE(attemptCount(), 3 * perWriter);
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM snapshot")).toInt(), 3 * perWriter);
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM exercise")).toInt(), 1);
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("SELECT COUNT(*) FROM hint_reveal")).toInt(), 3);
        QCOMPARE(testing::rawValue(m_path, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(setAsideFiles(m_dir->path()).size(), 0);
    }
};

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() > 1 && args[1] == QLatin1String(kWriterMode))
        return runWriter(args);
    ProgressRobustnessTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "progress_robustness_test.moc"
