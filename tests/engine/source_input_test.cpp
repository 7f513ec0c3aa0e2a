// Reading learner files: every unreadable kind of input gets a one-line reason.
#include "engine/parse/source_input.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

using namespace ownlings::engine;

namespace {

std::filesystem::path write(const QTemporaryDir& dir, const char* name, const std::string& bytes) {
    const std::filesystem::path path = std::filesystem::path(dir.path().toStdString()) / name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

} // namespace

class SourceInputTest : public QObject {
    Q_OBJECT
private slots:
    void readsATextFile() {
        QTemporaryDir dir;
        const SourceRead read = readSourceFile(write(dir, "ok.cpp", "int main() {}\n"));
        QVERIFY(read.text.has_value());
        QCOMPARE(*read.text, std::string("int main() {}\n"));
    }
    void missingFileIsNamed() {
        const SourceRead read = readSourceFile("/nonexistent/dir/x.cpp");
        QVERIFY(!read.text);
        QVERIFY(read.error.find("no such file") != std::string::npos);
        QVERIFY(read.error.find("x.cpp") != std::string::npos);
    }
    void directoryIsRejected() {
        QTemporaryDir dir;
        const SourceRead read = readSourceFile(dir.path().toStdString());
        QVERIFY(!read.text);
        QVERIFY(read.error.find("is a directory") != std::string::npos);
    }
    void emptyAndBlankFilesAreRejected() {
        QTemporaryDir dir;
        QVERIFY(readSourceFile(write(dir, "empty.cpp", "")).error.find("is empty") != std::string::npos);
        QVERIFY(readSourceFile(write(dir, "blank.cpp", " \n\t\n")).error.find("is empty") != std::string::npos);
    }
    void binaryFileIsRejected() {
        QTemporaryDir dir;
        const SourceRead read = readSourceFile(write(dir, "a.out", std::string("\x7f" "ELF\0\0\x01", 7)));
        QVERIFY(!read.text);
        QVERIFY(read.error.find("not a text file") != std::string::npos);
    }
    void unreadableFileSaysWhy() {
        if (geteuid() == 0) QSKIP("root can read files without read permission");
        QTemporaryDir dir;
        const auto path = write(dir, "secret.cpp", "int main() {}\n");
        std::filesystem::permissions(path, std::filesystem::perms::none);
        const SourceRead read = readSourceFile(path);
        QVERIFY(!read.text);
        QVERIFY(read.error.find("cannot read") != std::string::npos);
    }
    void fifoIsRejectedWithoutBlocking() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/pipe.cpp";
        QCOMPARE(mkfifo(path.c_str(), 0600), 0);
        const SourceRead read = readSourceFile(path);
        QVERIFY(!read.text);
        QVERIFY(read.error.find("not a regular file") != std::string::npos);
    }
    void nonAsciiTextIsAccepted() {
        QVERIFY(!sourceTextProblem("// Grüße, 世界\nint main() {}\n", "x.cpp").has_value());
    }
};

QTEST_APPLESS_MAIN(SourceInputTest)
#include "source_input_test.moc"
