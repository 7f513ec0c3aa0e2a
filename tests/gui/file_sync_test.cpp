// Autosave and outside edits of the open file, in the real window.
#include "app/gui/code_editor.h"
#include "app/gui/file_sync.h"
#include "app/gui/main_window.h"
#include "engine/diagnostics/file_report.h"

#include <QListWidget>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

using ownlings::gui::CodeEditor;
using ownlings::gui::FileSync;
using ownlings::gui::MainWindow;

namespace {

constexpr int kCheckTimeoutMs = 20'000;

const QString kClean = QStringLiteral(
    "#include <string>\n"
    "#include <utility>\n"
    "\n"
    "int main() {\n"
    "    std::string name = \"Ferris\";\n"
    "    std::string owner = std::move(name);\n"
    "    return static_cast<int>(owner.size());\n"
    "}\n");

QString buggy() {
    QString text = kClean;
    return text.replace(QStringLiteral("(owner.size())"), QStringLiteral("(name.size())"));
}

QString readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Writes like an outside editor does: a new file renamed over the old one.
void writeOutside(const QString& path, const QString& text) {
    QSaveFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.toUtf8());
    QVERIFY(file.commit());
}

} // namespace

class FileSyncTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("exercise.cpp"));
        writeOutside(m_path, kClean);
        m_window = std::make_unique<MainWindow>();
        m_editor = m_window->editor();
        m_shown = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::checkShown);
        QCOMPARE(m_window->openFile(m_path), std::nullopt);
    }

    void cleanup() {
        m_shown.reset();
        m_window.reset();
    }

    void editsReachTheFileWithinASecond() {
        m_editor->setCursorPosition(0, 0);
        QElapsedTimer clock;
        clock.start();
        m_editor->insert(QStringLiteral("// Gr\u00fc\u00dfe\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_path), QStringLiteral("// Gr\u00fc\u00dfe\n") + kClean, 3'000);
        QVERIFY2(clock.elapsed() < 1'500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!m_editor->isModified());
    }

    void typingWithoutPauseIsStillSavedEverySecond() {
        QTimer typist;
        int typed = 0;
        connect(&typist, &QTimer::timeout, this, [&] {
            m_editor->append(QStringLiteral("x"));
            ++typed;
        });
        typist.start(100); // faster than the autosave delay, for 2.5 s
        QTest::qWait(2'500);
        typist.stop();
        QVERIFY(typed > 10);
        QVERIFY(readFile(m_path).contains(QStringLiteral("xxxxx")));
    }

    void closingTheWindowWritesTheLastEdits() {
        m_window->fileSync()->setAutosaveDelay(60'000);
        m_editor->append(QStringLiteral("// last words\n"));
        QVERIFY(m_window->close());
        QVERIFY(readFile(m_path).endsWith(QStringLiteral("// last words\n")));
    }

    void anOutsideEditIsReloadedAndChecked() {
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QCOMPARE(m_shown->last().first().value<ownlings::engine::FileReport>().findings.size(), std::size_t{0});
        QSignalSpy reloaded(m_window->fileSync(), &FileSync::reloaded);
        writeOutside(m_path, buggy());
        QVERIFY(reloaded.wait(5'000));
        QCOMPARE(m_editor->text(), buggy());
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        const auto list = m_window->findChild<QListWidget*>(QStringLiteral("diagnosticsList"));
        QCOMPARE(list->count(), 1);
        // The outside change is one undo step away.
        m_editor->undo();
        QCOMPARE(m_editor->text(), kClean);
    }

    void anOutsideEditMeetingUnsavedEditsAsksAndCanKeepMine() {
        m_window->fileSync()->setAutosaveDelay(60'000); // the edit stays unsaved
        int asked = 0;
        m_window->fileSync()->setConflictResolver([&](const QString& name) {
            ++asked;
            return name != QStringLiteral("exercise.cpp"); // keep mine
        });
        m_editor->append(QStringLiteral("// mine\n"));
        writeOutside(m_path, buggy());
        QTRY_COMPARE_WITH_TIMEOUT(asked, 1, 5'000);
        QCOMPARE(m_editor->text(), kClean + QStringLiteral("// mine\n"));
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_path), kClean + QStringLiteral("// mine\n"), 3'000);
    }

    void anOutsideEditMeetingUnsavedEditsCanBeReloaded() {
        m_window->fileSync()->setAutosaveDelay(60'000);
        m_window->fileSync()->setConflictResolver([](const QString&) { return true; });
        m_editor->append(QStringLiteral("// mine\n"));
        QSignalSpy reloaded(m_window->fileSync(), &FileSync::reloaded);
        writeOutside(m_path, buggy());
        QVERIFY(reloaded.wait(5'000));
        QCOMPARE(m_editor->text(), buggy());
    }

    void ourOwnSavesAreNotTakenForOutsideEdits() {
        QSignalSpy reloaded(m_window->fileSync(), &FileSync::reloaded);
        int asked = 0;
        m_window->fileSync()->setConflictResolver([&](const QString&) { return ++asked, true; });
        for (int i = 0; i < 3; ++i) {
            m_editor->append(QStringLiteral("// save %1\n").arg(i));
            QVERIFY(m_window->fileSync()->saveNow());
            QTest::qWait(250);
        }
        QCOMPARE(reloaded.count(), 0);
        QCOMPARE(asked, 0);
        QVERIFY(readFile(m_path).endsWith(QStringLiteral("// save 2\n")));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    CodeEditor* m_editor = nullptr;
    std::unique_ptr<QSignalSpy> m_shown;
};

QTEST_MAIN(FileSyncTest)
#include "file_sync_test.moc"
