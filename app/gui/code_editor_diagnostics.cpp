// How the C++ editor paints diagnostics, finds the one under the mouse or cursor, and jumps to spans.
#include "app/gui/code_editor.h"

#include "app/course/diagnostic_text.h"

#include <Qsci/qscistyledtext.h>

#include <QToolTip>

#include <algorithm>

namespace ownlings::gui {
namespace {

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

bool covers(long start, long end, long position) {
    // An empty or one-character span still answers for the character it marks.
    return position >= start && (position < end || position == start);
}

/// The tooltip: the full text, headline in bold, and how to read more.
QString tipText(const engine::Diagnostic& diagnostic) {
    QStringList lines = course::detailText(diagnostic).split(QLatin1Char('\n'));
    QString html = QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b>").arg(lines.takeFirst().toHtmlEscaped());
    for (const QString& line : lines) html += QStringLiteral("<br>") + line.toHtmlEscaped();
    if (diagnostic.rule)
        html += QStringLiteral("</p><p><i>%1</i>")
                    .arg(CodeEditor::tr("F1 or right-click: explain %1")
                             .arg(QString::fromUtf8(engine::ruleInfo(*diagnostic.rule).name)));
    return html + QStringLiteral("</p>");
}

} // namespace

void CodeEditor::setDiagnostics(const std::vector<engine::Diagnostic>& diagnostics) {
    clearDiagnostics();
    Annotations annotations;
    for (const engine::Diagnostic& diagnostic : diagnostics) {
        Painted painted{diagnostic, -1, -1, {}};
        markPrimary(diagnostic, annotations, painted);
        for (const engine::Label& label : diagnostic.labels) markLabel(label, annotations, painted);
        m_painted.push_back(std::move(painted));
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
    m_painted.clear();
}

void CodeEditor::markPrimary(const engine::Diagnostic& diagnostic, Annotations& annotations, Painted& painted) {
    const auto range =
        fillSpan(diagnostic.primary, {m_squiggles.at(diagnostic.severity), m_highlights.at(diagnostic.severity)});
    if (!range) return;
    std::tie(painted.primaryStart, painted.primaryEnd) = *range;
    const int line = static_cast<int>(diagnostic.primary.line) - 1;
    markerAdd(line, m_badges.at(diagnostic.severity));
    markerAdd(line, m_lineTints.at(diagnostic.severity));
    QList<QsciStyledText>& text = annotations[line];
    appendLine(text, primaryText(diagnostic), m_messageStyles.at(diagnostic.severity));
    if (!diagnostic.help.empty())
        appendLine(text, QStringLiteral("help: ") + QString::fromStdString(diagnostic.help), m_helpStyle);
}

void CodeEditor::markLabel(const engine::Label& label, Annotations& annotations, Painted& painted) {
    const auto range = fillSpan(label.span, {m_labelUnderline});
    if (!range) return;
    painted.labelRanges.push_back(*range);
    if (!label.message.empty())
        appendLine(annotations[static_cast<int>(label.span.line) - 1], QString::fromStdString(label.message),
                   m_labelStyle);
}

bool CodeEditor::contains(const engine::SourceSpan& span) const {
    return span.valid() && span.line <= static_cast<unsigned>(lines());
}

std::optional<std::pair<long, long>> CodeEditor::fillSpan(const engine::SourceSpan& span,
                                                          std::initializer_list<int> indicators) {
    if (!contains(span)) return std::nullopt;
    LineIndex from = toLineIndex(span.line, span.column);
    const bool hasEnd = span.endLine >= span.line && span.endLine <= static_cast<unsigned>(lines());
    LineIndex to = hasEnd ? toLineIndex(span.endLine, span.endColumn) : LineIndex{from.line, from.index + 1};
    if (to.line == from.line) to.index = std::max(to.index, from.index);
    // An empty range (a span at the end of a line, such as "expected ';'")
    // still deserves a visible mark: take the character before it.
    if (to.line == from.line && to.index == from.index) from.index = std::max(from.index - 1, 0);
    for (int indicator : indicators) fillIndicatorRange(from.line, from.index, to.line, to.index, indicator);
    return std::pair<long, long>(positionFromLineIndex(from.line, from.index), positionFromLineIndex(to.line, to.index));
}

CodeEditor::LineIndex CodeEditor::toLineIndex(unsigned line, unsigned byteColumn) const {
    const int lineNumber = static_cast<int>(line) - 1;
    QByteArray bytes = text(lineNumber).toUtf8();
    while (bytes.endsWith('\n') || bytes.endsWith('\r')) bytes.chop(1);
    return {lineNumber, course::characterIndex(bytes, byteColumn)};
}

std::optional<engine::Diagnostic> CodeEditor::diagnosticAt(long position) const {
    if (position < 0) return std::nullopt;
    for (const Painted& painted : m_painted)
        if (covers(painted.primaryStart, painted.primaryEnd, position)) return painted.diagnostic;
    for (const Painted& painted : m_painted)
        for (const auto& [start, end] : painted.labelRanges)
            if (covers(start, end, position)) return painted.diagnostic;
    return std::nullopt;
}

std::optional<engine::Diagnostic> CodeEditor::diagnosticAtCursor() const {
    if (auto here = diagnosticAt(SendScintilla(SCI_GETCURRENTPOS))) return here;
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    for (const Painted& painted : m_painted)
        if (static_cast<int>(painted.diagnostic.primary.line) - 1 == line) return painted.diagnostic;
    return std::nullopt;
}

bool CodeEditor::showDiagnosticTip(long position, const QPoint& at) {
    const std::optional<engine::Diagnostic> diagnostic = diagnosticAt(position);
    if (!diagnostic) return false;
    QToolTip::showText(viewport()->mapToGlobal(at), tipText(*diagnostic), viewport());
    return true;
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

} // namespace ownlings::gui
