#pragma once
// CodeEditor: the C++ editor, a QsciScintilla that paints diagnostics as squiggles, margin badges and annotations.

#include "engine/diagnostics/diagnostic.h"

#include <Qsci/qsciscintilla.h>
#include <Qsci/qscistyle.h>

#include <initializer_list>
#include <map>
#include <vector>

class QsciStyledText;

namespace ownlings::gui {

/// A QsciScintilla set up for C++ (lexer, line numbers, brace matching,
/// auto-indent, monospace font) that shows diagnostics. It knows nothing of
/// rules: it paints spans and messages. GUI thread only.
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

    /// Puts the cursor at the start of `span` (1-based line and UTF-8 byte
    /// column), scrolls it into view and gives the editor the focus.
    void goTo(const engine::SourceSpan& span);

    /// The indicator number of the squiggle for `severity` (for tests).
    int primaryIndicator(engine::Severity severity) const;
    /// The indicator number of the label underline (for tests).
    int labelIndicator() const;
    /// The marker number of the margin badge for `severity` (for tests).
    int primaryMarker(engine::Severity severity) const;

private:
    /// A 0-based line and character index, as QScintilla counts.
    struct LineIndex {
        int line = 0;
        int index = 0;
    };
    using Annotations = std::map<int, QList<QsciStyledText>>;

    void setUpAppearance();
    void setUpLexer();
    void setUpMargins();
    void setUpDiagnosticStyles();
    void markPrimary(const engine::Diagnostic& diagnostic, Annotations& annotations);
    void markLabel(const engine::Label& label, Annotations& annotations);
    bool fillSpan(const engine::SourceSpan& span, std::initializer_list<int> indicators);
    bool contains(const engine::SourceSpan& span) const;
    LineIndex toLineIndex(unsigned line, unsigned byteColumn) const;
    void unbindCheckShortcut();
    void revealWithAnnotation(int line);

    std::map<engine::Severity, int> m_squiggles;
    std::map<engine::Severity, int> m_highlights;
    std::map<engine::Severity, int> m_badges;
    std::map<engine::Severity, int> m_lineTints;
    std::map<engine::Severity, QsciStyle> m_messageStyles;
    int m_labelUnderline = -1;
    QsciStyle m_helpStyle;
    QsciStyle m_labelStyle;
};

} // namespace ownlings::gui
