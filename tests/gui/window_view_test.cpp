// The window's view features: themes, zoom, find and replace, explanations rendered from Markdown.
#include "app/gui/code_editor.h"
#include "app/gui/diagnostics_panel.h"
#include "app/gui/explanation_dock.h"
#include "app/gui/find_bar.h"
#include "app/gui/main_window.h"
#include "app/gui/markdown_view.h"
#include "app/gui/theme.h"
#include "engine/diagnostics/file_report.h"
#include "tests/gui/editor_probe.h"

#include <Qsci/qscilexer.h>

#include <QApplication>
#include <QDockWidget>
#include <QStyle>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using ownlings::engine::RuleId;
using ownlings::gui::MainWindow;
using ownlings::gui::Theme;

namespace {

constexpr int kCheckTimeoutMs = 20'000;

int scintillaColor(const QColor& color) { return color.red() | (color.green() << 8) | (color.blue() << 16); }

} // namespace

class WindowViewTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        ownlings::gui::applyApplicationTheme(Theme::Light);
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get())); // window shortcuts need an active window
    }

    void cleanup() { m_window.reset(); }

    void darkThemeRecoloursTheApplicationTheEditorAndItsLexer() {
        auto* editor = m_window->editor();
        const auto paper = [&] { return static_cast<int>(editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK, 0ul)); };
        QCOMPARE(paper(), scintillaColor(Qt::white));
        m_window->actions().darkTheme->trigger();
        QCOMPARE(ownlings::gui::currentTheme(), Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const ownlings::gui::EditorColors dark = ownlings::gui::editorColors(Theme::Dark);
        QCOMPARE(paper(), scintillaColor(dark.paper));
        QCOMPARE(editor->lexer()->paper(0), dark.paper);
        QVERIFY(m_window->actions().darkTheme->isChecked());
        m_window->actions().lightTheme->trigger();
        QCOMPARE(paper(), scintillaColor(Qt::white));
        QVERIFY(m_window->actions().lightTheme->isChecked());
    }

    void zoomActionsChangeTheEditorTextSize() {
        auto* editor = m_window->editor();
        QCOMPARE(editor->zoomLevel(), 0);
        m_window->actions().zoomIn->trigger();
        m_window->actions().zoomIn->trigger();
        QCOMPARE(editor->zoomLevel(), 2);
        m_window->actions().zoomOut->trigger();
        QCOMPARE(editor->zoomLevel(), 1);
        m_window->actions().zoomReset->trigger();
        QCOMPARE(editor->zoomLevel(), 0);
        QCOMPARE(m_window->actions().zoomIn->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QCOMPARE(m_window->actions().zoomReset->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    void ctrlFFindsAndF3GoesToTheNextMatch() {
        auto* editor = m_window->editor();
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(m_window->findBar()->isVisible());
        auto* field = m_window->findBar()->findChild<QLineEdit*>(QStringLiteral("findText"));
        QVERIFY(field && field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("favourites"));
        QCOMPARE(editor->selectedText(), QStringLiteral("favourites"));
        const long first = editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
        QTest::keyClick(field, Qt::Key_F3);
        const long second = editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(second)));
        QCOMPARE(editor->selectedText().toLower(), QStringLiteral("favourites"));
        QTest::keyClick(field, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART), first);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!m_window->findBar()->isVisible());
    }

    void replaceAllIsOneUndoStep() {
        auto* editor = m_window->editor();
        const QString before = editor->text();
        // Case-insensitive by default: "Favourites" counts too.
        const int count = static_cast<int>(before.count(QStringLiteral("favourites"), Qt::CaseInsensitive));
        QVERIFY(count >= 3);
        m_window->actions().replace->trigger();
        m_window->findBar()->setFindText(QStringLiteral("favourites"));
        m_window->findBar()->setReplaceText(QStringLiteral("favs"));
        QCOMPARE(m_window->findBar()->replaceAll(), count);
        QVERIFY(!editor->text().contains(QStringLiteral("favourites"), Qt::CaseInsensitive));
        editor->undo();
        QCOMPARE(editor->text(), before);
    }

    void f1ExplainsTheProblemAtTheCursorInTheSidePanel() {
        QSignalSpy shown(m_window.get(), &MainWindow::checkShown);
        QVERIFY(shown.wait(kCheckTimeoutMs));
        auto* dock = m_window->explanationDock();
        QVERIFY(!dock->isVisible());
        m_window->diagnosticsPanel()->selectEntry(0); // puts the cursor on the problem
        QTest::keyClick(m_window->editor(), Qt::Key_F1);
        QVERIFY(dock->isVisible());
        QCOMPARE(dock->shownRule(), std::optional<RuleId>(RuleId::UseAfterMove));
        const QString rendered = dock->view()->toPlainText();
        QVERIFY2(rendered.contains(QStringLiteral("use-after-move: an object is used after it was moved from")),
                 qPrintable(rendered.left(200)));
        QVERIFY(!rendered.contains(QStringLiteral("## "))); // Markdown rendered, not shown raw
    }

    void theProblemsPanelOffersTheExplanationToo() {
        QSignalSpy shown(m_window.get(), &MainWindow::checkShown);
        QVERIFY(shown.wait(kCheckTimeoutMs));
        auto* button = m_window->diagnosticsPanel()->findChild<QPushButton*>(QStringLiteral("explainButton"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Explain use-after-move"));
        button->click();
        QCOMPARE(m_window->explanationDock()->shownRule(), std::optional<RuleId>(RuleId::UseAfterMove));
    }

    void themeZoomAndTheOpenFileComeBackInTheNextSession() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kept.cpp"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("int main() { return 0; }\n");
        file.close();
        QCOMPARE(m_window->openFile(path), std::nullopt);
        m_window->setTheme(Theme::Dark);
        m_window->actions().zoomIn->trigger();
        m_window->actions().checkAsYouType->setChecked(false);
        QVERIFY(m_window->close()); // saves the settings

        ownlings::gui::applyApplicationTheme(Theme::Light);
        MainWindow next;
        next.restoreSettings();
        QCOMPARE(ownlings::gui::currentTheme(), Theme::Dark);
        QCOMPARE(next.editor()->zoomLevel(), 1);
        QVERIFY(!next.actions().checkAsYouType->isChecked());
        QCOMPARE(next.editor()->text(), QStringLiteral("int main() { return 0; }\n"));
        next.actions().checkAsYouType->setChecked(true);
        next.actions().zoomReset->trigger();
        next.setTheme(Theme::Light);
        QVERIFY(next.close());
    }

    void windowSizeAndPanelLayoutComeBackInTheNextSession() {
        auto* explanation = m_window->findChild<QDockWidget*>(QStringLiteral("explanationDock"));
        QVERIFY(explanation);
        m_window->resize(1111, 777);
        explanation->setFloating(false);
        explanation->hide();
        QVERIFY(m_window->close()); // saves the settings

        MainWindow next;
        next.restoreSettings();
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QCOMPARE(next.size(), QSize(1111, 777));
        QVERIFY(!next.findChild<QDockWidget*>(QStringLiteral("explanationDock"))->isVisible());
        next.findChild<QDockWidget*>(QStringLiteral("explanationDock"))->show();
        QVERIFY(next.close());
    }

    void markdownCodeBlocksAreMonospaceAndColouredAsCpp() {
        ownlings::gui::MarkdownView view;
        view.setMarkdownText(QStringLiteral("# Moves\n\nSome *text*.\n\n```cpp\nint main() { return 0; } // done\n```\n\n"
                                            "```text\nint plain\n```\n"));
        QTextBlock code;
        QTextBlock plain;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(QStringLiteral("int main"))) code = block;
            if (block.text() == QStringLiteral("int plain")) plain = block;
        }
        QVERIFY(code.isValid() && plain.isValid());
        QVERIFY(QFontInfo(code.charFormat().font()).fixedPitch() || code.charFormat().fontFixedPitch());
        const ownlings::gui::EditorColors colors = ownlings::gui::editorColors(Theme::Light);
        QCOMPARE(code.blockFormat().background().color(), colors.codeBlockPaper);
        const auto colourAt = [](const QTextBlock& block, int position) {
            for (const QTextLayout::FormatRange& range : block.layout()->formats())
                if (position >= range.start && position < range.start + range.length)
                    return range.format.foreground().color();
            return QColor();
        };
        QCOMPARE(colourAt(code, 0), colors.keyword);                               // int
        QCOMPARE(colourAt(code, static_cast<int>(code.text().indexOf(QStringLiteral("//")))), colors.comment);
        QVERIFY(colourAt(plain, 0) != colors.keyword); // ```text is not C++
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(WindowViewTest)
#include "window_view_test.moc"
