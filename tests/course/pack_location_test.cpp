// Where the default pack is found, and that the staged bundled pack is the repository's pack.
#include "app/course/pack/pack_loader.h"
#include "app/course/pack/pack_location.h"
#include "tests/course/pack_test_support.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace ownlings::course;

namespace {

// A fake installation: <root>/bin and, when `withPack`, <root>/share/ownlings/pack/pack.toml.
QString makeInstallTree(const QTemporaryDir& root, bool withPack) {
    QDir().mkpath(root.filePath("bin"));
    if (withPack) writeFile(root.filePath("share/ownlings/pack/pack.toml"), "format_version = 1\n");
    return root.filePath("bin");
}

QString makeSourceTree(const QTemporaryDir& root) {
    writeFile(root.filePath("exercises/pack.toml"), "format_version = 1\n");
    return root.path();
}

QStringList itemIds(const Pack& pack) {
    QStringList ids;
    for (const Item* item : pack.courseOrder()) ids << itemId(*item);
    return ids;
}

} // namespace

class PackLocationTest : public QObject {
    Q_OBJECT

private slots:
    void environmentWinsEvenWhenWrong();
    void bundledPackNextToTheBinaryComesFirst();
    void sourceTreeWhenNothingIsBundled();
    void bundledFolderWhenNeitherHasAManifest();
    void withoutApplicationDirTheSourceTreeRemains();
    void stagedPackIsFoundAndMatchesTheSourceTree();
};

void PackLocationTest::environmentWinsEvenWhenWrong() {
    QTemporaryDir install;
    QTemporaryDir source;
    const PackLocation location =
        choosePackLocation("/no/such/pack", makeInstallTree(install, true), makeSourceTree(source));
    QCOMPARE(location.dir, QStringLiteral("/no/such/pack"));
    QCOMPARE(location.source, PackLocation::Source::Environment);
}

void PackLocationTest::bundledPackNextToTheBinaryComesFirst() {
    QTemporaryDir install;
    QTemporaryDir source;
    const PackLocation location = choosePackLocation({}, makeInstallTree(install, true), makeSourceTree(source));
    QCOMPARE(location.dir, install.filePath("share/ownlings/pack"));
    QCOMPARE(location.source, PackLocation::Source::Bundled);
}

void PackLocationTest::sourceTreeWhenNothingIsBundled() {
    QTemporaryDir install;
    QTemporaryDir source;
    const PackLocation location = choosePackLocation({}, makeInstallTree(install, false), makeSourceTree(source));
    QCOMPARE(location.dir, source.path());
    QCOMPARE(location.source, PackLocation::Source::SourceTree);
}

void PackLocationTest::bundledFolderWhenNeitherHasAManifest() {
    QTemporaryDir install;
    QTemporaryDir source;
    const PackLocation location = choosePackLocation({}, makeInstallTree(install, false), source.path());
    QCOMPARE(location.dir, install.filePath("share/ownlings/pack"));
    QVERIFY(loadPack(location.dir).problems.front().message.contains(QStringLiteral("does not exist")));
}

void PackLocationTest::withoutApplicationDirTheSourceTreeRemains() {
    QTemporaryDir source;
    QCOMPARE(choosePackLocation({}, {}, source.path()).dir, source.path());
}

// The test binary sits in <build>/bin like ownlings, so it finds the staged pack the same way.
void PackLocationTest::stagedPackIsFoundAndMatchesTheSourceTree() {
    qunsetenv("OWNLINGS_PACK_DIR");
    const PackLocation location = defaultPackLocation();
    QCOMPARE(location.source, PackLocation::Source::Bundled);
    QCOMPARE(QDir(location.dir).canonicalPath(),
             QDir(QCoreApplication::applicationDirPath() + "/../share/ownlings/pack").canonicalPath());
    const PackLoadResult staged = loadPack(location.dir);
    QVERIFY2(staged.ok(), qPrintable(describe(staged.problems)));
    QCOMPARE(staged.pack->manifestPath, QStringLiteral("pack.toml"));
    const PackLoadResult source = loadPack(QStringLiteral(OWNLINGS_SOURCE_DIR));
    QVERIFY2(source.ok(), qPrintable(describe(source.problems)));
    QCOMPARE(source.pack->manifestPath, QStringLiteral("exercises/pack.toml"));
    QCOMPARE(itemIds(*staged.pack), itemIds(*source.pack));
}

QTEST_GUILESS_MAIN(PackLocationTest)
#include "pack_location_test.moc"
