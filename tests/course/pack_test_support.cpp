// Fixture helpers for the pack tests.
#include "tests/course/pack_test_support.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace ownlings::course {

QString dataDir() {
    return QStringLiteral(OWNLINGS_TEST_DATA_DIR);
}

QString examplePackDir() {
    return dataDir() + QStringLiteral("/example-pack");
}

void copyTree(const QString& from, const QString& to) {
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(source));
        if (it.fileInfo().isDir()) {
            QVERIFY(QDir().mkpath(target));
        } else {
            QDir().mkpath(QFileInfo(target).path());
            QVERIFY2(QFile::copy(source, target), qPrintable(target));
        }
    }
}

void copyExamplePack(const QString& to) {
    copyTree(examplePackDir(), to);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& contents) {
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) != contents.size()) {
        qFatal("cannot write %s", qPrintable(path));
    }
}

void replaceInFile(const QString& path, const QByteArray& before, const QByteArray& after) {
    QByteArray contents = readFile(path);
    if (contents.count(before) != 1) qFatal("`%s` is not in %s exactly once", before.constData(), qPrintable(path));
    writeFile(path, contents.replace(before, after));
}

QStringList lines(const std::vector<PackProblem>& problems) {
    QStringList result;
    for (const PackProblem& problem : problems) result << problem.toString();
    return result;
}

QString describe(const std::vector<PackProblem>& problems) {
    return lines(problems).join(u'\n');
}

} // namespace ownlings::course
