// The C++ editor: behaviour, margins, colours and zoom (diagnostics: code_editor_diagnostics.cpp).
#include "app/gui/code_editor.h"

#include "app/gui/severity_style.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexercpp.h>

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QToolTip>

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

// The C++ lexer repeats its styles 64 higher for code that #if 0 and the like disable.
constexpr int kInactiveOffset = 64;
constexpr int kHoverDwellMs = 400;

constexpr Severity kSeverities[] = {Severity::Error, Severity::Warning, Severity::Note};

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

void colorStyle(QsciLexerCPP& lexer, const QColor& color, std::initializer_list<int> styles) {
    for (int style : styles) {
        lexer.setColor(color, style);
        lexer.setColor(color, style + kInactiveOffset);
    }
}

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QsciScintilla(parent), m_colors(editorColors(currentTheme())), m_helpStyle(kHelpStyle),
      m_labelStyle(kLabelStyle) {
    setObjectName(QStringLiteral("codeEditor"));
    setUpBehaviour();
    auto* lexer = new QsciLexerCPP(this);
    lexer->setFoldCompact(false);
    setLexer(lexer);
    setUpMargins();
    setUpIndicators();
    setColors(m_colors);
    // These belong to window actions (Check, zoom, find). A key bound in
    // QScintilla's command set wins over window shortcuts, so free them.
    unbindKeys({QKeyCombination(Qt::ControlModifier, Qt::Key_Return),
                QKeyCombination(Qt::ControlModifier, Qt::Key_Enter),
                QKeyCombination(Qt::ControlModifier, Qt::Key_Plus),
                QKeyCombination(Qt::ControlModifier, Qt::Key_Minus),
                QKeyCombination(Qt::ControlModifier, Qt::Key_Slash),
                QKeyCombination(Qt::ControlModifier, Qt::Key_F),
                QKeyCombination(Qt::ControlModifier, Qt::Key_H)});
    connect(this, &QsciScintillaBase::SCN_ZOOM, this, &CodeEditor::updateNumberMarginWidth);
    connect(&themeNotifier(), &ThemeNotifier::themeChanged, this,
            [this](Theme theme) { setColors(editorColors(theme)); });
    SendScintilla(SCI_SETMOUSEDWELLTIME, kHoverDwellMs);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this,
            [this](int position, int x, int y) { showDiagnosticTip(position, QPoint(x, y)); });
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setUpBehaviour() {
    setUtf8(true);
    setEolMode(EolUnix);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setBackspaceUnindents(true);
    setIndentationGuides(true);
    setBraceMatching(SloppyBraceMatch);
    setCaretLineVisible(true);
    setCaretWidth(2);
    setExtraAscent(1);
    setExtraDescent(2);
    setWrapMode(WrapNone);
    setAnnotationDisplay(AnnotationIndented);
    setScrollWidthTracking(true);
    setScrollWidth(1);
}

void CodeEditor::setUpMargins() {
    setMarginType(kNumberMargin, NumberMargin);
    setMarginType(kBadgeMargin, SymbolMargin);
    setMarginWidth(kBadgeMargin, 20);
    setMarginSensitivity(kBadgeMargin, false);
    setFolding(BoxedTreeFoldStyle, kFoldMargin);
}

void CodeEditor::setUpIndicators() {
    int badgeMask = 0;
    for (Severity severity : kSeverities) {
        m_squiggles[severity] = indicatorDefine(SquiggleIndicator);
        m_highlights[severity] = indicatorDefine(StraightBoxIndicator);
        m_badges[severity] = markerDefine(severityImage(severity, 14));
        badgeMask |= 1 << m_badges[severity];
        m_lineTints[severity] = markerDefine(Background);
    }
    setMarginMarkerMask(kBadgeMargin, badgeMask);
    m_labelUnderline = indicatorDefine(PlainIndicator);
}

void CodeEditor::setColors(const EditorColors& colors) {
    m_colors = colors;
    applyLexerColors();
    setMarginsFont(editorFont());
    setMarginsBackgroundColor(colors.marginPaper);
    setMarginsForegroundColor(colors.marginText);
    setFoldMarginColors(colors.marginPaper, colors.marginPaper);
    for (int marker = static_cast<int>(SC_MARKNUM_FOLDEREND); marker <= static_cast<int>(SC_MARKNUM_FOLDEROPEN);
         ++marker) {
        setMarkerForegroundColor(colors.marginPaper, marker);
        setMarkerBackgroundColor(colors.marginText, marker);
    }
    setCaretLineBackgroundColor(colors.caretLine);
    setCaretForegroundColor(colors.caret);
    setSelectionBackgroundColor(colors.selection);
    setMatchedBraceBackgroundColor(colors.braceMatchPaper);
    setMatchedBraceForegroundColor(colors.braceMatchText);
    setIndentationGuidesForegroundColor(colors.indentGuide);
    setIndentationGuidesBackgroundColor(colors.paper);
    applyDiagnosticColors();
    updateNumberMarginWidth();
}

void CodeEditor::applyLexerColors() {
    auto* cpp = static_cast<QsciLexerCPP*>(lexer());
    const QFont font = editorFont();
    cpp->setDefaultFont(font);
    cpp->setFont(font);
    cpp->setDefaultPaper(m_colors.paper);
    cpp->setPaper(m_colors.paper);
    cpp->setDefaultColor(m_colors.text);
    cpp->setColor(m_colors.text);
    QFont italic = font;
    italic.setItalic(true);
    for (int style : {QsciLexerCPP::Comment, QsciLexerCPP::CommentLine, QsciLexerCPP::CommentDoc,
                      QsciLexerCPP::CommentLineDoc, QsciLexerCPP::PreProcessorComment}) {
        colorStyle(*cpp, m_colors.comment, {style});
        cpp->setFont(italic, style);
    }
    colorStyle(*cpp, m_colors.keyword, {QsciLexerCPP::Keyword, QsciLexerCPP::KeywordSet2});
    colorStyle(*cpp, m_colors.string, {QsciLexerCPP::DoubleQuotedString, QsciLexerCPP::SingleQuotedString,
                                       QsciLexerCPP::RawString, QsciLexerCPP::VerbatimString});
    colorStyle(*cpp, m_colors.number, {QsciLexerCPP::Number});
    colorStyle(*cpp, m_colors.preprocessor, {QsciLexerCPP::PreProcessor});
    colorStyle(*cpp, m_colors.taskMarker, {QsciLexerCPP::TaskMarker});
    // Code an #if switches off reads as a comment.
    for (int style = kInactiveOffset; style < kInactiveOffset + QsciLexerCPP::EscapeSequence + 1; ++style)
        cpp->setColor(m_colors.comment, style);
    // Scintilla's own styles (line numbers, brace match) do not come from the lexer's paper.
    SendScintilla(SCI_STYLESETBACK, STYLE_DEFAULT, m_colors.paper);
}

void CodeEditor::applyDiagnosticColors() {
    for (Severity severity : kSeverities) {
        setIndicatorForegroundColor(severityColor(severity), m_squiggles.at(severity));
        QColor fill = severityColor(severity);
        fill.setAlpha(60);
        setIndicatorForegroundColor(fill, m_highlights.at(severity));
        fill.setAlpha(0);
        setIndicatorOutlineColor(fill, m_highlights.at(severity));
        setMarkerBackgroundColor(m_colors.tint(severity), m_lineTints.at(severity));
        m_messageStyles.insert_or_assign(severity, makeStyle(messageStyleNumber(severity), m_colors.message(severity),
                                                             m_colors.tint(severity)));
        m_messageStyles.at(severity).apply(this);
    }
    setIndicatorForegroundColor(m_colors.labelColor, m_labelUnderline);
    m_helpStyle = makeStyle(kHelpStyle, m_colors.helpText, m_colors.helpPaper);
    m_helpStyle.apply(this);
    m_labelStyle = makeStyle(kLabelStyle, m_colors.labelColor, m_colors.labelPaper, /*italic=*/true);
    m_labelStyle.apply(this);
}

void CodeEditor::updateNumberMarginWidth() {
    // Scintilla measures with the margin style, zoom included.
    setMarginWidth(kNumberMargin, QStringLiteral("00000"));
}

int CodeEditor::zoomLevel() const { return static_cast<int>(SendScintilla(SCI_GETZOOM)); }

void CodeEditor::unbindKeys(std::initializer_list<QKeyCombination> keys) {
    for (QKeyCombination combination : keys) {
        const int key = combination.toCombined();
        if (QsciCommand* command = standardCommands()->boundTo(key)) {
            if (command->key() == key) command->setKey(0);
            if (command->alternateKey() == key) command->setAlternateKey(0);
        }
    }
}

void CodeEditor::contextMenuEvent(QContextMenuEvent* event) {
    QMenu* menu = createStandardContextMenu();
    if (!menu) return;
    const long position = event->reason() == QContextMenuEvent::Mouse
        ? SendScintilla(SCI_POSITIONFROMPOINTCLOSE, static_cast<unsigned long>(event->pos().x()),
                        static_cast<long>(event->pos().y()))
        : SendScintilla(SCI_GETCURRENTPOS);
    const std::optional<engine::Diagnostic> diagnostic = diagnosticAt(position);
    if (diagnostic && diagnostic->rule) {
        const engine::RuleId rule = *diagnostic->rule;
        menu->insertSeparator(menu->actions().value(0));
        QAction* explain = new QAction(tr("Explain %1").arg(QString::fromUtf8(engine::ruleInfo(rule).name)), menu);
        menu->insertAction(menu->actions().value(0), explain);
        connect(explain, &QAction::triggered, this, [this, rule] { emit explainRequested(rule); });
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

int CodeEditor::primaryIndicator(engine::Severity severity) const { return m_squiggles.at(severity); }

int CodeEditor::labelIndicator() const { return m_labelUnderline; }

int CodeEditor::primaryMarker(engine::Severity severity) const { return m_badges.at(severity); }

} // namespace ownlings::gui
