#pragma once
// CppHighlighter: C++ colouring for the code blocks of a rendered Markdown document.

#include "app/gui/theme.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class QTextBlock;

namespace ownlings::gui {

/// Colours keywords, strings, numbers, comments and preprocessor lines in the
/// blocks of a QTextDocument that Markdown import made from ```cpp (or
/// unlabelled) fenced code; other blocks are left alone. GUI thread only.
class CppHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit CppHighlighter(QTextDocument* document);

    /// Uses `colors` from now on and re-colours the document.
    void setColors(const EditorColors& colors);

    /// True when `block` is fenced code whose language is C or C++ (or unnamed).
    static bool isCppCode(const QTextBlock& block);
    /// True when `block` is any fenced or indented code.
    static bool isCode(const QTextBlock& block);

protected:
    void highlightBlock(const QString& text) override;

private:
    int highlightComment(const QString& text, int from);
    int highlightQuoted(const QString& text, int from);
    int highlightWord(const QString& text, int from);

    QTextCharFormat m_keyword, m_string, m_number, m_comment, m_preprocessor;
};

} // namespace ownlings::gui
