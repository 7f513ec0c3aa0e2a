// The C++ editor and how it paints diagnostics.
#include "app/gui/code_editor.h"

#include "app/course/diagnostic_text.h"
#include "app/gui/severity_style.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscistyledtext.h>

#include <QFontDatabase>

#include <algorithm>

namespace ownlings::gui {
namespace {

using engine::Severity;

// Symbol margin layout: line numbers, then badges, then folding.
constexpr int kNumberMargin = 0;
constexpr int kBadgeMargin = 1;
constexpr int kFoldMargin = 2;

// Annotation styles live above Scintilla's predefined styles (32-39) and below
// the C++ lexer's inactive-code styles (64+). Fixed numbers, because
// QsciStyle's automatic allocation is process-wide and runs out.
constexpr int kErrorMessageStyle = 56;
constexpr int kWarningMessageStyle = 57;
constexpr int kNoteMessageStyle = 58;
constexpr int kHelpStyle = 59;
constexpr int kLabelStyle = 60;

constexpr Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Note};

const QColor kLabelColor(0x2f, 0x6f, 0xc4);

QFont editorFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(std::max(font.pointSize(), 11));
    return font;
}

QFont annotationFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSize(std::max(editorFont().pointSize() - 1, 9));
    return font;
}

QsciStyle makeStyle(int number, const QColor& color, const QColor& paper, bool italic = false) {
    QFont font = annotationFont();
    font.setItalic(italic);
    return QsciStyle(number, QString(), color, paper, font, /*eolFill=*/true);
}

int messageStyleNumber(Severity severity) {
    switch (severity) {
    case Severity::Error: return kErrorMessageStyle;
    case Severity::Warning: return kWarningMessageStyle;
    case Severity::Note: return kNoteMessageStyle;
    }
    return kErrorMessageStyle;
}

/// The headline of a primary annotation: "use of moved value: `x` — value used here after move".
QString primaryText(const engine::Diagnostic& diagnostic) {
    QString text = QString::fromStdString(diagnostic.message);
    if (!diagnostic.primaryLabel.empty())
        text += QStringLiteral(" \u2014 ") + QString::fromStdString(diagnostic.primaryLabel);
    return text;
}

void appendLine(QList<QsciStyledText>& lines, const QString& text, const QsciStyle& style) {
    // Scintilla joins styled runs as they are; a newline separates annotation lines.
    const QString prefix = lines.isEmpty() ? QString() : QStringLiteral("\n");
    lines.append(QsciStyledText(prefix + text, style));
}

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QsciScintilla(parent), m_helpStyle(kHelpStyle), m_labelStyle(kLabelStyle) {
    setObjectName(QStringLiteral("codeEditor"));
    setUpAppearance();
    setUpLexer();
    setUpMargins();
    setUpDiagnosticStyles();
    unbindCheckShortcut();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setUpAppearance() {
    setUtf8(true);
    setEolMode(EolUnix);
    setFont(editorFont());
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBackspaceUnindents(true);
    setIndentationGuides(true);
    setIndentationGuidesForegroundColor(QColor(0xdd, 0xdd, 0xdd));
    setBraceMatching(SloppyBraceMatch);
    setMatchedBraceBackgroundColor(QColor(0xd7, 0xe8, 0xff));
    setMatchedBraceForegroundColor(QColor(0x1a, 0x1a, 0x1a));
    setCaretLineVisible(true);
    setCaretLineBackgroundColor(QColor(0xf4, 0xf6, 0xfa));
    setCaretWidth(2);
    setExtraAscent(1);
    setExtraDescent(2);
    setSelectionBackgroundColor(QColor(0xcc, 0xdd, 0xf5));
    setWrapMode(WrapNone);
    setAnnotationDisplay(AnnotationIndented);
    setScrollWidthTracking(true);
    setScrollWidth(1);
}

void CodeEditor::setUpLexer() {
    auto* lexer = new QsciLexerCPP(this);
    const QFont font = editorFont();
    lexer->setDefaultFont(font);
    lexer->setFont(font);
    lexer->setDefaultPaper(Qt::white);
    lexer->setPaper(Qt::white);
    lexer->setFoldCompact(false);
    QFont italic = font;
    italic.setItalic(true);
    for (int style : {QsciLexerCPP::Comment, QsciLexerCPP::CommentLine, QsciLexerCPP::CommentDoc,
                      QsciLexerCPP::CommentLineDoc}) {
        lexer->setColor(QColor(0x6a, 0x73, 0x7d), style);
        lexer->setFont(italic, style);
    }
    lexer->setColor(QColor(0x00, 0x33, 0xb3), QsciLexerCPP::Keyword);
    lexer->setColor(QColor(0x06, 0x7d, 0x17), QsciLexerCPP::DoubleQuotedString);
    lexer->setColor(QColor(0x06, 0x7d, 0x17), QsciLexerCPP::SingleQuotedString);
    lexer->setColor(QColor(0x17, 0x50, 0xeb), QsciLexerCPP::Number);
    lexer->setColor(QColor(0x9e, 0x5b, 0x00), QsciLexerCPP::PreProcessor);
    lexer->setColor(QColor(0x1a, 0x1a, 0x1a), QsciLexerCPP::Operator);
    lexer->setColor(QColor(0x1a, 0x1a, 0x1a), QsciLexerCPP::Identifier);
    lexer->setColor(QColor(0xb3, 0x00, 0x5e), QsciLexerCPP::TaskMarker);
    setLexer(lexer);
}

void CodeEditor::setUpMargins() {
    const QFont font = editorFont();
    setMarginsFont(font);
    setMarginsBackgroundColor(QColor(0xf7, 0xf7, 0xf8));
    setMarginsForegroundColor(QColor(0x99, 0x99, 0xa0));
    setMarginType(kNumberMargin, NumberMargin);
    setMarginWidth(kNumberMargin, QStringLiteral("00000"));
    setMarginType(kBadgeMargin, SymbolMargin);
    setMarginWidth(kBadgeMargin, 20);
    setMarginSensitivity(kBadgeMargin, false);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
    setFoldMarginColors(QColor(0xf7, 0xf7, 0xf8), QColor(0xf7, 0xf7, 0xf8));
}

void CodeEditor::setUpDiagnosticStyles() {
    int badgeMask = 0;
    for (Severity severity : kSeverities) {
        const int squiggle = indicatorDefine(SquiggleIndicator);
        setIndicatorForegroundColor(severityColor(severity), squiggle);
        m_squiggles[severity] = squiggle;
        const int highlight = indicatorDefine(StraightBoxIndicator);
        QColor fill = severityColor(severity);
        fill.setAlpha(60);
        setIndicatorForegroundColor(fill, highlight);
        fill.setAlpha(0);
        setIndicatorOutlineColor(fill, highlight);
        m_highlights[severity] = highlight;
        const int badge = markerDefine(severityImage(severity, 14));
        m_badges[severity] = badge;
        badgeMask |= 1 << badge;
        const int tint = markerDefine(Background);
        setMarkerBackgroundColor(severityTint(severity), tint);
        m_lineTints[severity] = tint;
        m_messageStyles.emplace(severity, makeStyle(messageStyleNumber(severity), severityColor(severity).darker(135),
                                                    severityTint(severity)));
    }
    setMarginMarkerMask(kBadgeMargin, badgeMask);
    m_labelUnderline = indicatorDefine(PlainIndicator);
    setIndicatorForegroundColor(kLabelColor, m_labelUnderline);
    m_helpStyle = makeStyle(kHelpStyle, QColor(0x44, 0x4b, 0x55), QColor(0xf3, 0xf4, 0xf6));
    m_labelStyle = makeStyle(kLabelStyle, kLabelColor, QColor(0xee, 0xf3, 0xfb), /*italic=*/true);
}

void CodeEditor::unbindCheckShortcut() {
    // Ctrl+Return belongs to the window's Check action. A key bound in
    // QScintilla's command set wins over window shortcuts, so make sure no
    // editor command (in this or a later QScintilla keymap) holds it.
    for (Qt::Key base : {Qt::Key_Return, Qt::Key_Enter}) {
        const int key = QKeyCombination(Qt::ControlModifier, base).toCombined();
        if (QsciCommand* command = standardCommands()->boundTo(key)) {
            if (command->key() == key) command->setKey(0);
            if (command->alternateKey() == key) command->setAlternateKey(0);
        }
    }
}

void CodeEditor::setDiagnostics(const std::vector<engine::Diagnostic>& diagnostics) {
    clearDiagnostics();
    Annotations annotations;
    for (const engine::Diagnostic& diagnostic : diagnostics) {
        markPrimary(diagnostic, annotations);
        for (const engine::Label& label : diagnostic.labels) markLabel(label, annotations);
    }
    for (const auto& [line, text] : annotations) annotate(line, text);
}

void CodeEditor::clearDiagnostics() {
    const int lastLine = std::max(lines() - 1, 0);
    const int lastIndex = lineLength(lastLine);
    for (const auto& [severity, indicator] : m_squiggles) clearIndicatorRange(0, 0, lastLine, lastIndex, indicator);
    for (const auto& [severity, indicator] : m_highlights) clearIndicatorRange(0, 0, lastLine, lastIndex, indicator);
    clearIndicatorRange(0, 0, lastLine, lastIndex, m_labelUnderline);
    for (const auto& [severity, marker] : m_badges) markerDeleteAll(marker);
    for (const auto& [severity, marker] : m_lineTints) markerDeleteAll(marker);
    clearAnnotations();
}

void CodeEditor::markPrimary(const engine::Diagnostic& diagnostic, Annotations& annotations) {
    if (!fillSpan(diagnostic.primary, {m_squiggles.at(diagnostic.severity), m_highlights.at(diagnostic.severity)}))
        return;
    const int line = static_cast<int>(diagnostic.primary.line) - 1;
    markerAdd(line, m_badges.at(diagnostic.severity));
    markerAdd(line, m_lineTints.at(diagnostic.severity));
    QList<QsciStyledText>& text = annotations[line];
    appendLine(text, primaryText(diagnostic), m_messageStyles.at(diagnostic.severity));
    if (!diagnostic.help.empty())
        appendLine(text, QStringLiteral("help: ") + QString::fromStdString(diagnostic.help), m_helpStyle);
}

void CodeEditor::markLabel(const engine::Label& label, Annotations& annotations) {
    if (!fillSpan(label.span, {m_labelUnderline}) || label.message.empty()) return;
    appendLine(annotations[static_cast<int>(label.span.line) - 1], QString::fromStdString(label.message), m_labelStyle);
}

bool CodeEditor::contains(const engine::SourceSpan& span) const {
    return span.valid() && span.line <= static_cast<unsigned>(lines());
}

bool CodeEditor::fillSpan(const engine::SourceSpan& span, std::initializer_list<int> indicators) {
    if (!contains(span)) return false;
    LineIndex from = toLineIndex(span.line, span.column);
    const bool hasEnd = span.endLine >= span.line && span.endLine <= static_cast<unsigned>(lines());
    LineIndex to = hasEnd ? toLineIndex(span.endLine, span.endColumn) : LineIndex{from.line, from.index + 1};
    if (to.line == from.line) to.index = std::max(to.index, from.index);
    // An empty range (a span at the end of a line, such as "expected ';'")
    // still deserves a visible mark: take the character before it.
    if (to.line == from.line && to.index == from.index) from.index = std::max(from.index - 1, 0);
    for (int indicator : indicators) fillIndicatorRange(from.line, from.index, to.line, to.index, indicator);
    return true;
}

CodeEditor::LineIndex CodeEditor::toLineIndex(unsigned line, unsigned byteColumn) const {
    const int lineNumber = static_cast<int>(line) - 1;
    QByteArray bytes = text(lineNumber).toUtf8();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) bytes.chop(1);
    return {lineNumber, course::characterIndex(bytes, byteColumn)};
}

void CodeEditor::goTo(const engine::SourceSpan& span) {
    if (!contains(span)) return;
    const LineIndex at = toLineIndex(span.line, span.column);
    setCursorPosition(at.line, at.index);
    revealWithAnnotation(at.line);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
}

void CodeEditor::revealWithAnnotation(int line) {
    ensureLineVisible(line); // unfolds it
    // Scintilla counts annotation rows as display lines; keep the line and
    // the annotation under it on screen, a third of the way down if we scroll.
    const auto display = static_cast<long>(SendScintilla(SCI_VISIBLEFROMDOCLINE, static_cast<unsigned long>(line)));
    const long annotationRows = SendScintilla(SCI_ANNOTATIONGETLINES, static_cast<unsigned long>(line));
    const long first = SendScintilla(SCI_GETFIRSTVISIBLELINE);
    const long rows = SendScintilla(SCI_LINESONSCREEN);
    if (display >= first && display + annotationRows < first + rows) return;
    SendScintilla(SCI_SETFIRSTVISIBLELINE, static_cast<unsigned long>(std::max(0L, display - rows / 3)));
}

int CodeEditor::primaryIndicator(engine::Severity severity) const { return m_squiggles.at(severity); }

int CodeEditor::labelIndicator() const { return m_labelUnderline; }

int CodeEditor::primaryMarker(engine::Severity severity) const { return m_badges.at(severity); }

} // namespace ownlings::gui
