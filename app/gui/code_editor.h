#pragma once
// CodeEditor: the C++ editor, a QsciScintilla that paints diagnostics as squiggles, margin badges and annotations.

#include "app/gui/theme.h"
#include "engine/diagnostics/diagnostic.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <initializer_list>
#include <map>
#include <optional>
#include <vector>

class QsciStyledText;

namespace ownlings::gui {

/// A QsciScintilla set up for C++ (lexer, line numbers, folding, brace
/// matching, auto-indent, monospace font, light or dark colours) that shows
/// diagnostics. It knows nothing of rules beyond asking for one to be
/// explained: it paints spans and messages. GUI thread only.
class CodeEditor : public QsciScintilla {
    Q_OBJECT
public:
    explicit CodeEditor(QWidget* parent = nullptr);
    ~CodeEditor() override;

    /// Replaces the painted diagnostics with `diagnostics`: a squiggle under
    /// each primary span (red for errors, amber for warnings), a plain
    /// underline under each label span, a badge in the margin of each primary
    /// line and an annotation with the message under it. Spans are 1-based
    /// lines and 1-based UTF-8 byte columns of the current text; spans outside
    /// the text are skipped. Callers pass only diagnostics about this document.
    void setDiagnostics(const std::vector<engine::Diagnostic>& diagnostics);

    /// Removes every squiggle, underline, badge and annotation.
    void clearDiagnostics();

    /// The painted diagnostic whose primary or label span covers the
    /// Scintilla (byte) `position`; primaries win over labels.
    std::optional<engine::Diagnostic> diagnosticAt(long position) const;
    /// The painted diagnostic under the cursor, or else the first one on the cursor's line.
    std::optional<engine::Diagnostic> diagnosticAtCursor() const;

    /// Puts the cursor at the start of `span` (1-based line and UTF-8 byte
    /// column), scrolls it into view and gives the editor the focus.
    void goTo(const engine::SourceSpan& span);

    /// Recolours the editor, its C++ lexer, margins and diagnostics. The
    /// editor follows applyApplicationTheme() by itself.
    void setColors(const EditorColors& colors);

    /// The zoom step (0 = the base font size; Scintilla points added).
    int zoomLevel() const;

    /// The indicator number of the squiggle for `severity` (for tests).
    int primaryIndicator(engine::Severity severity) const;
    /// The indicator number of the label underline (for tests).
    int labelIndicator() const;
    /// The marker number of the margin badge for `severity` (for tests).
    int primaryMarker(engine::Severity severity) const;

    /// Shows the tooltip for the diagnostic at `position` as hovering would
    /// (at the mouse position `at`, in viewport coordinates). False when none is there.
    bool showDiagnosticTip(long position, const QPoint& at);

signals:
    /// The learner asked to read the explanation of `rule` (context menu).
    void explainRequested(ownlings::engine::RuleId rule);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    /// A 0-based line and character index, as QScintilla counts.
    struct LineIndex {
        int line = 0;
        int index = 0;
    };
    /// A diagnostic on screen and the byte ranges it covers.
    struct Painted {
        engine::Diagnostic diagnostic;
        long primaryStart = -1, primaryEnd = -1;
        std::vector<std::pair<long, long>> labelRanges;
    };
    using Annotations = std::map<int, QList<QsciStyledText>>;

    void setUpBehaviour();
    void setUpMargins();
    void setUpIndicators();
    void applyLexerColors();
    void applyDiagnosticColors();
    void updateNumberMarginWidth();
    void markPrimary(const engine::Diagnostic& diagnostic, Annotations& annotations, Painted& painted);
    void markLabel(const engine::Label& label, Annotations& annotations, Painted& painted);
    std::optional<std::pair<long, long>> fillSpan(const engine::SourceSpan& span, std::initializer_list<int> indicators);
    bool contains(const engine::SourceSpan& span) const;
    LineIndex toLineIndex(unsigned line, unsigned byteColumn) const;
    void unbindKeys(std::initializer_list<QKeyCombination> keys);
    void revealWithAnnotation(int line);

    EditorColors m_colors;
    std::map<engine::Severity, int> m_squiggles;
    std::map<engine::Severity, int> m_highlights;
    std::map<engine::Severity, int> m_badges;
    std::map<engine::Severity, int> m_lineTints;
    std::map<engine::Severity, QsciStyle> m_messageStyles;
    int m_labelUnderline = -1;
    QsciStyle m_helpStyle;
    QsciStyle m_labelStyle;
    std::vector<Painted> m_painted;
};

} // namespace ownlings::gui
