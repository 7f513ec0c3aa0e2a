// Rendering Markdown with editor-like code blocks.
#include "app/gui/markdown_view.h"

#include "app/gui/cpp_highlighter.h"
#include "app/gui/theme.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace ownlings::gui {
namespace {

constexpr int kCodeIndent = 12;
constexpr qreal kDocumentMargin = 14;

QFont codeFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(std::max(font.pointSize(), 10));
    return font;
}

/// Qt's heading sizes are made for pages; a side panel reads better with calmer ones.
void styleHeading(QTextCursor& cursor, const QTextBlock& block) {
    // Qt makes an <h1> four steps up; two, one and none read well here.
    static constexpr int kSizeSteps[] = {0, 2, 1, 0, 0, 0, 0};
    const int level = std::clamp(block.blockFormat().headingLevel(), 1, 6);
    cursor.setPosition(block.position());
    QTextBlockFormat format = block.blockFormat();
    format.setTopMargin(level <= 2 ? 14 : 10);
    format.setBottomMargin(6);
    cursor.setBlockFormat(format);
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    QTextCharFormat size;
    size.setProperty(QTextFormat::FontSizeAdjustment, kSizeSteps[level]);
    size.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(size);
}

} // namespace

MarkdownView::MarkdownView(QWidget* parent)
    : QTextBrowser(parent), m_highlighter(new CppHighlighter(document())) {
    setObjectName(QStringLiteral("markdownView"));
    setOpenExternalLinks(true);
    setReadOnly(true);
    document()->setDocumentMargin(kDocumentMargin);
    QFont body = font();
    body.setPointSizeF(std::max(body.pointSizeF(), 10.5));
    document()->setDefaultFont(body);
    connect(&themeNotifier(), &ThemeNotifier::themeChanged, this, [this] {
        if (!m_markdown.isEmpty()) styleCodeBlocks();
    });
}

MarkdownView::~MarkdownView() = default;

void MarkdownView::setMarkdownText(const QString& markdown) {
    m_markdown = markdown;
    document()->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    styleCodeBlocks();
    // The view follows its own cursor: put it at the top, or the view opens scrolled down.
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void MarkdownView::styleCodeBlocks() {
    const EditorColors colors = editorColors(currentTheme());
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QTextCharFormat mono;
    mono.setFont(codeFont(), QTextCharFormat::FontPropertiesSpecifiedOnly);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            styleHeading(cursor, block);
            continue;
        }
        if (!CppHighlighter::isCode(block)) continue;
        cursor.setPosition(block.position());
        QTextBlockFormat format = block.blockFormat();
        format.setBackground(colors.codeBlockPaper);
        format.setLeftMargin(kCodeIndent);
        format.setRightMargin(kCodeIndent);
        // Wrap long code lines: a side panel is narrow, and a horizontal
        // scroll bar would move the prose too.
        format.setNonBreakableLines(false);
        cursor.setBlockFormat(format);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(mono);
    }
    cursor.endEditBlock();
    m_highlighter->setColors(colors);
}

} // namespace ownlings::gui
