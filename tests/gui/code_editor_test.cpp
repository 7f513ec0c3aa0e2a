// Tests of how CodeEditor paints diagnostics: squiggles, underlines, badges, annotations.
#include "app/gui/code_editor.h"

#include "tests/gui/editor_probe.h"

#include <Qsci/qscicommandset.h>

#include <QToolTip>
#include <QtTest>

using ownlings::engine::Diagnostic;
using ownlings::engine::Label;
using ownlings::engine::Severity;
using ownlings::engine::SourceSpan;
using ownlings::gui::CodeEditor;
using ownlings::gui::testing::hasMarker;
using ownlings::gui::testing::underIndicator;

namespace {

// Line 3 has non-ASCII text (4 extra UTF-8 bytes) before `name`.
const QString kSource = QStringLiteral(
    "int main() {\n"
    "    std::string name = std::move(other);\n"
    "    std::cout << \"Gr\u00fc\u00dfe, \" << name << '\\n';\n"
    "}\n");

/// The span of the first `needle` on 1-based `line`, in UTF-8 byte columns as Clang reports them.
SourceSpan spanOf(const QString& text, unsigned line, const QByteArray& needle) {
    const QByteArray bytes = text.split(QLatin1Char('\n')).at(static_cast<int>(line) - 1).toUtf8();
    const auto column = static_cast<unsigned>(bytes.indexOf(needle)) + 1;
    return SourceSpan{"test.cpp", line, column, line, column + static_cast<unsigned>(needle.size())};
}

Diagnostic useAfterMove(Severity severity = Severity::Error) {
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.message = "use of moved value: `name`";
    diagnostic.primary = spanOf(kSource, 3, "name");
    diagnostic.primaryLabel = "value used here after move";
    diagnostic.labels = {Label{spanOf(kSource, 2, "std::move(other)"), "value moved here"}};
    diagnostic.help = "copy it instead";
    return diagnostic;
}

} // namespace

class CodeEditorTest : public QObject {
    Q_OBJECT
private slots:
    void init() {
        m_editor = std::make_unique<CodeEditor>();
        m_editor->setText(kSource);
    }

    void squiggleLandsUnderTheCharactersAfterNonAsciiText() {
        m_editor->setDiagnostics({useAfterMove()});
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("name"));
    }

    void errorsAndWarningsGetTheirOwnSquiggle() {
        m_editor->setDiagnostics({useAfterMove(Severity::Warning)});
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Warning)), QByteArray("name"));
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
        QVERIFY(m_editor->primaryIndicator(Severity::Warning) != m_editor->primaryIndicator(Severity::Error));
    }

    void labelSpanGetsAnUnderlineAndItsMessage() {
        m_editor->setDiagnostics({useAfterMove()});
        QCOMPARE(underIndicator(*m_editor, m_editor->labelIndicator()), QByteArray("std::move(other)"));
        QVERIFY(m_editor->annotation(1).contains(QStringLiteral("value moved here")));
    }

    void primaryLineGetsABadgeAndAnAnnotationWithMessageAndHelp() {
        m_editor->setDiagnostics({useAfterMove()});
        QVERIFY(hasMarker(*m_editor, 2, m_editor->primaryMarker(Severity::Error)));
        QVERIFY(!hasMarker(*m_editor, 1, m_editor->primaryMarker(Severity::Error)));
        const QString note = m_editor->annotation(2);
        QVERIFY2(note.contains(QStringLiteral("use of moved value: `name`")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("value used here after move")));
        QVERIFY(note.contains(QStringLiteral("help: copy it instead")));
    }

    void clearDiagnosticsRemovesEverything() {
        m_editor->setDiagnostics({useAfterMove()});
        m_editor->clearDiagnostics();
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
        QVERIFY(underIndicator(*m_editor, m_editor->labelIndicator()).isEmpty());
        QCOMPARE(m_editor->markersAtLine(2), 0u);
        QVERIFY(m_editor->annotation(1).isEmpty());
        QVERIFY(m_editor->annotation(2).isEmpty());
    }

    void settingDiagnosticsReplacesTheEarlierOnes() {
        m_editor->setDiagnostics({useAfterMove()});
        Diagnostic other = useAfterMove();
        other.primary = spanOf(kSource, 1, "main");
        other.labels.clear();
        m_editor->setDiagnostics({other});
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("main"));
        QVERIFY(m_editor->annotation(2).isEmpty());
    }

    void spanAtTheEndOfALineMarksTheLastCharacter() {
        Diagnostic diagnostic = useAfterMove();
        const auto lineBytes = static_cast<unsigned>(QStringLiteral("int main() {").toUtf8().size());
        diagnostic.primary = SourceSpan{"test.cpp", 1, lineBytes + 1, 1, lineBytes + 2};
        m_editor->setDiagnostics({diagnostic});
        QCOMPARE(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)), QByteArray("{"));
    }

    void spansOutsideTheTextAreSkipped() {
        Diagnostic diagnostic = useAfterMove();
        diagnostic.primary = SourceSpan{"test.cpp", 99, 1, 99, 4};
        diagnostic.labels = {Label{SourceSpan{}, "nowhere"}};
        m_editor->setDiagnostics({diagnostic});
        QVERIFY(underIndicator(*m_editor, m_editor->primaryIndicator(Severity::Error)).isEmpty());
        for (int line = 0; line < m_editor->lines(); ++line) QCOMPARE(m_editor->markersAtLine(line), 0u);
    }

    void goToPutsTheCursorOnTheCharacterOfAByteColumn() {
        m_editor->goTo(spanOf(kSource, 3, "name"));
        int line = -1;
        int index = -1;
        m_editor->getCursorPosition(&line, &index);
        QCOMPARE(line, 2);
        QCOMPARE(index, static_cast<int>(kSource.split(QLatin1Char('\n')).at(2).indexOf(QStringLiteral("name"))));
    }

    void windowShortcutsAreNotTakenByTheEditor() {
        for (QKeyCombination key : {QKeyCombination(Qt::ControlModifier, Qt::Key_Return),
                                    QKeyCombination(Qt::ControlModifier, Qt::Key_Plus),
                                    QKeyCombination(Qt::ControlModifier, Qt::Key_Minus),
                                    QKeyCombination(Qt::ControlModifier, Qt::Key_F),
                                    QKeyCombination(Qt::ControlModifier, Qt::Key_H)})
            QVERIFY2(m_editor->standardCommands()->boundTo(key.toCombined()) == nullptr,
                     qPrintable(QKeySequence(key).toString()));
    }

    void theDiagnosticUnderAPositionIsFoundByPrimaryOrLabelSpan() {
        m_editor->setDiagnostics({useAfterMove()});
        const SourceSpan primary = spanOf(kSource, 3, "name");
        const long onName = ownlings::gui::testing::bytePosition(*m_editor, primary.line, primary.column) + 2;
        QVERIFY(m_editor->diagnosticAt(onName).has_value());
        QCOMPARE(m_editor->diagnosticAt(onName)->message, std::string("use of moved value: `name`"));
        const SourceSpan label = spanOf(kSource, 2, "std::move(other)");
        QVERIFY(m_editor->diagnosticAt(ownlings::gui::testing::bytePosition(*m_editor, label.line, label.column)));
        QVERIFY(!m_editor->diagnosticAt(0)); // "int" on line 1: nothing there
        QVERIFY(!m_editor->diagnosticAt(-1));
    }

    void hoveringASquiggleShowsTheFullTextAndHowToExplain() {
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        Diagnostic diagnostic = useAfterMove();
        diagnostic.rule = ownlings::engine::RuleId::UseAfterMove;
        diagnostic.notes = {"`std::string` has no defined state after a move"};
        m_editor->setDiagnostics({diagnostic});
        const SourceSpan primary = spanOf(kSource, 3, "name");
        QVERIFY(m_editor->showDiagnosticTip(
            ownlings::gui::testing::bytePosition(*m_editor, primary.line, primary.column), QPoint(10, 10)));
        QTRY_VERIFY(QToolTip::isVisible());
        const QString tip = QToolTip::text();
        QVERIFY2(tip.contains(QStringLiteral("value moved here")), qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("no defined state after a move")));
        QVERIFY(tip.contains(QStringLiteral("help: copy it instead")));
        QVERIFY(tip.contains(QStringLiteral("explain use-after-move")));
        QVERIFY(!m_editor->showDiagnosticTip(0, QPoint(10, 10)));
    }

    void darkColorsRepaintTextMarginsAndAnnotations() {
        m_editor->setDiagnostics({useAfterMove()});
        const auto background = [&](int style) {
            return static_cast<int>(m_editor->SendScintilla(QsciScintillaBase::SCI_STYLEGETBACK,
                                                            static_cast<unsigned long>(style)));
        };
        const int lightPaper = background(0);
        const int lightAnnotation = background(56); // the error message style
        m_editor->setColors(ownlings::gui::editorColors(ownlings::gui::Theme::Dark));
        const QColor dark = ownlings::gui::editorColors(ownlings::gui::Theme::Dark).paper;
        QCOMPARE(background(0), dark.red() | (dark.green() << 8) | (dark.blue() << 16)); // Scintilla's BGR
        QVERIFY(background(0) != lightPaper);
        QVERIFY(background(56) != lightAnnotation);
        QVERIFY(m_editor->annotation(2).contains(QStringLiteral("use of moved value"))); // still shown
    }

private:
    std::unique_ptr<CodeEditor> m_editor;
};

QTEST_MAIN(CodeEditorTest)
#include "code_editor_test.moc"
