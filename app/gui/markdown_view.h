#pragma once
// MarkdownView: lessons, instructions and rule explanations rendered from Markdown.

#include <QTextBrowser>

namespace ownlings::gui {

class CppHighlighter;

/// A read-only QTextBrowser that renders Markdown (headings, lists, tables,
/// links, code) with fenced C++ code in the editor's monospace font, on a
/// tinted background and coloured like the editor. Follows the application's
/// light or dark theme. External links open in the browser. GUI thread only.
class MarkdownView : public QTextBrowser {
    Q_OBJECT
public:
    explicit MarkdownView(QWidget* parent = nullptr);
    ~MarkdownView() override;

    /// Shows `markdown` (GitHub dialect) from the top.
    void setMarkdownText(const QString& markdown);
    /// The Markdown last given to setMarkdownText().
    QString markdownText() const { return m_markdown; }

private:
    void styleCodeBlocks();

    CppHighlighter* m_highlighter;
    QString m_markdown;
};

} // namespace ownlings::gui
