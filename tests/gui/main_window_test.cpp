// End-to-end tests of the main window: Check runs the real engine, results show in the list and the editor.
#include "app/gui/main_window.h"

#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "engine/diagnostics/file_report.h"
#include "tests/gui/editor_probe.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QTemporaryDir>
#include <QtTest>

using ownlings::engine::Severity;
using ownlings::gui::CodeEditor;
using ownlings::gui::MainWindow;
using ownlings::gui::testing::hasMarker;
using ownlings::gui::testing::lineContaining;
using ownlings::gui::testing::underIndicator;

namespace {

// A cold parse of <iostream> takes about a second; CI machines can be slower.
constexpr int kCheckTimeoutMs = 20'000;

const QString kMovedUse = QStringLiteral("printPlaylist(favourites);");

/// The sample with the move replaced by a copy: no ownership problem left.
QString fixedSample(const QString& sample) {
    QString text = sample;
    return text.replace(QStringLiteral("std::move(favourites)"), QStringLiteral("favourites"));
}

const QString kNonAscii = QStringLiteral(
    "#include <iostream>\n"
    "#include <string>\n"
    "#include <utility>\n"
    "\n"
    "int main() {\n"
    "    std::string name = \"Ferris\";\n"
    "    std::string owner = std::move(name);\n"
    "    std::cout << \"Gr\u00fc\u00dfe, \" << name << owner << '\\n';\n"
    "}\n");

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        m_window = std::make_unique<MainWindow>();
        m_editor = m_window->editor();
        m_list = m_window->findChild<QListWidget*>(QStringLiteral("diagnosticsList"));
        m_status = m_window->findChild<QLabel*>(QStringLiteral("checkStatus"));
        QVERIFY(m_list && m_status);
        m_shown = std::make_unique<QSignalSpy>(m_window.get(), &MainWindow::checkShown);
    }

    void cleanup() {
        m_shown.reset();
        m_window.reset();
    }

    void startsWithTheSampleExerciseAndItsName() {
        QVERIFY(m_editor->text().contains(QStringLiteral("std::move(favourites)")));
        QVERIFY(m_editor->text().contains(QStringLiteral("// TODO")));
        QVERIFY(!m_editor->isModified());
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("move1.cpp")));
        QCOMPARE(m_list->count(), 0);
        QCOMPARE(m_window->checkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
    }

    void checkShowsUseAfterMoveInListAndAsSquiggle() {
        const int useLine = lineContaining(m_editor->text(), kMovedUse);
        const int moveLine = lineContaining(m_editor->text(), QStringLiteral("std::move(favourites)"));
        QVERIFY(useLine > moveLine && moveLine > 0);
        checkAndWait();

        QCOMPARE(m_list->count(), 1);
        const int column = static_cast<int>(m_editor->text(useLine).indexOf(QStringLiteral("favourites"))) + 1;
        const QString entry = m_list->item(0)->text();
        QVERIFY2(entry.startsWith(QStringLiteral("%1:%2  error[use-after-move]").arg(useLine + 1).arg(column)),
                 qPrintable(entry));
        QVERIFY(m_list->item(0)->toolTip().contains(QStringLiteral("value moved here")));

        const int squiggle = m_editor->primaryIndicator(Severity::Error);
        QCOMPARE(underIndicator(*m_editor, squiggle), QByteArray("favourites"));
        const long start = ownlings::gui::testing::bytePosition(*m_editor, useLine + 1, column);
        QVERIFY(m_editor->SendScintilla(QsciScintillaBase::SCI_INDICATORALLONFOR, start) & (1 << squiggle));
        QCOMPARE(underIndicator(*m_editor, m_editor->labelIndicator()), QByteArray("std::move(favourites)"));
        QVERIFY(hasMarker(*m_editor, useLine, m_editor->primaryMarker(Severity::Error)));
        QVERIFY(m_editor->annotation(useLine).contains(QStringLiteral("use of moved value: `favourites`")));
        QVERIFY(m_editor->annotation(moveLine).contains(QStringLiteral("value moved here")));
    }

    void ctrlReturnInTheEditorRunsTheCheck() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_editor->setFocus();
        const QString before = m_editor->text();
        QTest::keyClick(m_editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QCOMPARE(m_list->count(), 1);
        QCOMPARE(m_editor->text(), before); // the shortcut inserted no newline
    }

    void statusBarShowsCheckingThenTheCountAndTime() {
        m_window->checkAction()->trigger();
        QCOMPARE(m_status->text(), QStringLiteral("Checking\u2026"));
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        static const QRegularExpression done(QStringLiteral("^1 error \u00b7 \\d+ ms$"));
        QVERIFY2(done.match(m_status->text()).hasMatch(), qPrintable(m_status->text()));
    }

    void fixingTheCodeAndCheckingAgainClearsListAndSquiggles() {
        checkAndWait();
        QCOMPARE(m_list->count(), 1);
        m_editor->setText(fixedSample(m_editor->text()));
        checkAndWait();
        QCOMPARE(m_list->count(), 0);
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
        QVERIFY(underIndicator(*m_editor, m_editor->labelIndicator()).isEmpty());
        for (int line = 0; line < m_editor->lines(); ++line) {
            QCOMPARE(m_editor->markersAtLine(line), 0u);
            QVERIFY(m_editor->annotation(line).isEmpty());
        }
        QVERIFY(m_status->text().startsWith(QStringLiteral("No ownership problems found")));
    }

    void codeThatDoesNotCompileShowsClangsErrorInTheList() {
        m_editor->setText(QStringLiteral("#include <string>\n\nint main() {\n    std::string s = frobnicate();\n}\n"));
        checkAndWait();
        QCOMPARE(m_list->count(), 1);
        const QString entry = m_list->item(0)->text();
        QVERIFY2(entry.startsWith(QStringLiteral("4:21  error: use of undeclared identifier 'frobnicate'")),
                 qPrintable(entry));
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("frobnicate"));
        QVERIFY(m_status->text().startsWith(QStringLiteral("Does not compile: 1 error")));
    }

    void clickingAnEntryMovesTheCursorToTheSpan() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        checkAndWait();
        m_editor->setCursorPosition(0, 0);
        QListWidgetItem* item = m_list->item(0);
        QTest::mouseClick(m_list->viewport(), Qt::LeftButton, {}, m_list->visualItemRect(item).center());
        int line = -1;
        int index = -1;
        m_editor->getCursorPosition(&line, &index);
        const int useLine = lineContaining(m_editor->text(), kMovedUse);
        QCOMPARE(line, useLine);
        QCOMPARE(index, static_cast<int>(m_editor->text(useLine).indexOf(QStringLiteral("favourites"))));
    }

    void nonAsciiTextBeforeTheMovedVariableKeepsTheSquiggleOnIt() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_editor->setText(kNonAscii);
        checkAndWait();
        QCOMPARE(m_list->count(), 1);
        // Clang counts bytes: "Grüße" is 2 bytes longer than it is characters.
        const int useLine = lineContaining(kNonAscii, QStringLiteral("Gr\u00fc\u00dfe"));
        const QString lineText = m_editor->text(useLine);
        const int charIndex = static_cast<int>(lineText.indexOf(QStringLiteral("name")));
        const int byteColumn = static_cast<int>(lineText.left(charIndex).toUtf8().size()) + 1;
        QVERIFY(m_list->item(0)->text().startsWith(QStringLiteral("%1:%2 ").arg(useLine + 1).arg(byteColumn)));
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("name"));

        m_editor->setCursorPosition(0, 0);
        m_window->diagnosticsPanel()->selectEntry(0);
        int line = -1;
        int index = -1;
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, useLine);
        QCOMPARE(index, charIndex);
    }

    void editingAfterACheckMarksTheProblemsOutdatedWhenNotCheckingAsYouType() {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->actions().checkAsYouType->setChecked(false);
        checkAndWait();
        auto* note = m_window->findChild<QLabel*>(QStringLiteral("staleNote"));
        QVERIFY(note && !note->isVisible());
        m_editor->insertAt(QStringLiteral("// edited\n"), 0, 0);
        QVERIFY(note->isVisible());
        checkAndWait();
        QVERIFY(!note->isVisible());
    }

    void checkingWhileACheckRunsShowsOnlyTheLatestText() {
        m_window->checkAction()->trigger();
        m_editor->setText(fixedSample(m_editor->text()));
        m_window->checkAction()->trigger();
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QTest::qWait(300); // a stale result would arrive about now
        QCOMPARE(m_shown->count(), 1);
        QCOMPARE(m_list->count(), 0);
    }

    void editingDuringACheckRechecksTheNewText() {
        m_window->checkAction()->trigger();
        m_editor->setText(fixedSample(m_editor->text())); // no second request
        QVERIFY(m_shown->wait(kCheckTimeoutMs));
        QCOMPARE(m_shown->count(), 1);
        QCOMPARE(m_list->count(), 0);
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
    }

    void openingAFileShowsItAndForgetsOldResults() {
        checkAndWait();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("borrow.cpp"));
        const QString text = fixedSample(m_editor->text());
        writeFile(path, text);
        QCOMPARE(m_window->openFile(path), std::nullopt);
        QCOMPARE(m_editor->text(), text);
        QVERIFY(m_window->windowTitle().startsWith(QStringLiteral("borrow.cpp")));
        QCOMPARE(m_list->count(), 0);
        QVERIFY(underIndicator(*m_editor, m_editor->labelIndicator()).isEmpty());
    }

    void openingAMissingFileSaysWhyAndKeepsTheText() {
        const QString before = m_editor->text();
        const std::optional<QString> error = m_window->openFile(QStringLiteral("/nonexistent/nope.cpp"));
        QVERIFY(error);
        QVERIFY2(error->contains(QStringLiteral("nope.cpp")), qPrintable(*error));
        QCOMPARE(m_editor->text(), before);
    }

    void savingWritesTheTextToTheOpenedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("save.cpp"));
        writeFile(path, QStringLiteral("int main() {}\n"));
        QCOMPARE(m_window->openFile(path), std::nullopt);
        m_editor->append(QStringLiteral("// Gr\u00fc\u00dfe\n"));
        QVERIFY(m_editor->isModified());
        QAction* save = findAction(QStringLiteral("&Save"));
        QVERIFY(save);
        save->trigger();
        QVERIFY(!m_editor->isModified());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), QStringLiteral("int main() {}\n// Gr\u00fc\u00dfe\n"));
    }

private:
    void checkAndWait() {
        const auto before = m_shown->count();
        m_window->checkAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_shown->count() > before, kCheckTimeoutMs);
    }

    static void writeFile(const QString& path, const QString& text) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    }

    QAction* findAction(const QString& text) const {
        for (QAction* action : m_window->findChildren<QAction*>())
            if (action->text() == text) return action;
        return nullptr;
    }

    std::unique_ptr<MainWindow> m_window;
    CodeEditor* m_editor = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_status = nullptr;
    std::unique_ptr<QSignalSpy> m_shown;
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
