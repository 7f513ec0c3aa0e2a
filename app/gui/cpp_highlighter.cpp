// A small C++ tokenizer for colouring lesson code (not a parser: good enough for reading).
#include "app/gui/cpp_highlighter.h"

#include <QSet>
#include <QTextBlock>

namespace ownlings::gui {
namespace {

enum State { Normal = 0, InBlockComment = 1 };

const QSet<QString>& keywords() {
    static const QSet<QString> words{
        QStringLiteral("alignas"),   QStringLiteral("auto"),      QStringLiteral("bool"),
        QStringLiteral("break"),     QStringLiteral("case"),      QStringLiteral("catch"),
        QStringLiteral("char"),      QStringLiteral("class"),     QStringLiteral("concept"),
        QStringLiteral("const"),     QStringLiteral("consteval"), QStringLiteral("constexpr"),
        QStringLiteral("const_cast"), QStringLiteral("continue"), QStringLiteral("co_await"),
        QStringLiteral("co_return"), QStringLiteral("decltype"),  QStringLiteral("default"),
        QStringLiteral("delete"),    QStringLiteral("do"),        QStringLiteral("double"),
        QStringLiteral("dynamic_cast"), QStringLiteral("else"),   QStringLiteral("enum"),
        QStringLiteral("explicit"),  QStringLiteral("extern"),    QStringLiteral("false"),
        QStringLiteral("float"),     QStringLiteral("for"),       QStringLiteral("friend"),
        QStringLiteral("if"),        QStringLiteral("inline"),    QStringLiteral("int"),
        QStringLiteral("long"),      QStringLiteral("mutable"),   QStringLiteral("namespace"),
        QStringLiteral("new"),       QStringLiteral("noexcept"),  QStringLiteral("nullptr"),
        QStringLiteral("operator"),  QStringLiteral("private"),   QStringLiteral("protected"),
        QStringLiteral("public"),    QStringLiteral("reinterpret_cast"), QStringLiteral("requires"),
        QStringLiteral("return"),    QStringLiteral("short"),     QStringLiteral("signed"),
        QStringLiteral("sizeof"),    QStringLiteral("static"),    QStringLiteral("static_assert"),
        QStringLiteral("static_cast"), QStringLiteral("struct"),  QStringLiteral("switch"),
        QStringLiteral("template"),  QStringLiteral("this"),      QStringLiteral("throw"),
        QStringLiteral("true"),      QStringLiteral("try"),       QStringLiteral("typedef"),
        QStringLiteral("typename"),  QStringLiteral("union"),     QStringLiteral("unsigned"),
        QStringLiteral("using"),     QStringLiteral("virtual"),   QStringLiteral("void"),
        QStringLiteral("volatile"),  QStringLiteral("while"),     QStringLiteral("size_t")};
    return words;
}

bool isIdentifierStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdentifierPart(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

QTextCharFormat colored(const QColor& color, bool italic = false) {
    QTextCharFormat format;
    format.setForeground(color);
    format.setFontItalic(italic);
    return format;
}

} // namespace

CppHighlighter::CppHighlighter(QTextDocument* document) : QSyntaxHighlighter(document) {
    setColors(editorColors(currentTheme()));
}

void CppHighlighter::setColors(const EditorColors& colors) {
    m_keyword = colored(colors.keyword);
    m_keyword.setFontWeight(QFont::DemiBold);
    m_string = colored(colors.string);
    m_number = colored(colors.number);
    m_comment = colored(colors.comment, /*italic=*/true);
    m_preprocessor = colored(colors.preprocessor);
    rehighlight();
}

bool CppHighlighter::isCode(const QTextBlock& block) {
    const QTextBlockFormat format = block.blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage) ||
           block.charFormat().fontFixedPitch();
}

bool CppHighlighter::isCppCode(const QTextBlock& block) {
    if (!isCode(block)) return false;
    static const QSet<QString> cpp{QString(), QStringLiteral("cpp"), QStringLiteral("c++"), QStringLiteral("cxx"),
                                   QStringLiteral("c"), QStringLiteral("hpp"), QStringLiteral("h")};
    return cpp.contains(block.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage).toLower());
}

void CppHighlighter::highlightBlock(const QString& text) {
    setCurrentBlockState(Normal);
    if (!isCppCode(currentBlock())) return;
    int i = 0;
    if (previousBlockState() == InBlockComment) i = highlightComment(text, 0);
    if (text.trimmed().startsWith(QLatin1Char('#')) && previousBlockState() != InBlockComment) {
        setFormat(0, static_cast<int>(text.size()), m_preprocessor);
        return;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('/') && text.mid(i, 2) == QLatin1String("//")) {
            setFormat(i, static_cast<int>(text.size()) - i, m_comment);
            return;
        }
        if (c == QLatin1Char('/') && text.mid(i, 2) == QLatin1String("/*")) {
            i = highlightComment(text, i);
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            i = highlightQuoted(text, i);
        } else if (isIdentifierPart(c)) {
            i = highlightWord(text, i);
        } else {
            ++i;
        }
    }
}

int CppHighlighter::highlightComment(const QString& text, int from) {
    const qsizetype end = text.indexOf(QLatin1String("*/"), from == 0 && previousBlockState() == InBlockComment ? 0 : from + 2);
    if (end < 0) {
        setFormat(from, static_cast<int>(text.size()) - from, m_comment);
        setCurrentBlockState(InBlockComment);
        return static_cast<int>(text.size());
    }
    setFormat(from, static_cast<int>(end) + 2 - from, m_comment);
    return static_cast<int>(end) + 2;
}

int CppHighlighter::highlightQuoted(const QString& text, int from) {
    const QChar quote = text.at(from);
    int i = from + 1;
    while (i < text.size() && text.at(i) != quote) i += text.at(i) == QLatin1Char('\\') ? 2 : 1;
    const int end = std::min(i + 1, static_cast<int>(text.size()));
    setFormat(from, end - from, m_string);
    return end;
}

int CppHighlighter::highlightWord(const QString& text, int from) {
    int i = from;
    const bool number = text.at(from).isDigit();
    while (i < text.size() && (isIdentifierPart(text.at(i)) || (number && (text.at(i) == QLatin1Char('.') ||
                                                                          text.at(i) == QLatin1Char('\'')))))
        ++i;
    if (number)
        setFormat(from, i - from, m_number);
    else if (isIdentifierStart(text.at(from)) && keywords().contains(text.mid(from, i - from)))
        setFormat(from, i - from, m_keyword);
    return i;
}

} // namespace ownlings::gui
