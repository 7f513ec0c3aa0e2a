// Clang locations to SourceSpans.
#include "engine/ir/span_maker.h"

#include <clang/Basic/SourceManager.h>
#include <clang/Lex/Lexer.h>

namespace ownlings::engine {

SpanMaker::SpanMaker(const clang::SourceManager& sources, const clang::LangOptions& lang, std::string mainPath)
    : m_sources(sources), m_lang(lang), m_mainPath(std::move(mainPath)) {}

std::string SpanMaker::fileName(clang::SourceLocation fileLoc) const {
    if (m_sources.isInMainFile(fileLoc)) return m_mainPath;
    return m_sources.getFilename(fileLoc).str();
}

SourceSpan SpanMaker::span(const clang::CharSourceRange& range) const {
    if (range.isInvalid()) return {};
    const clang::CharSourceRange fileRange = m_sources.getExpansionRange(range);
    const clang::SourceLocation begin = fileRange.getBegin();
    clang::SourceLocation end = fileRange.getEnd();
    if (fileRange.isTokenRange()) {
        const clang::SourceLocation afterToken = clang::Lexer::getLocForEndOfToken(end, 0, m_sources, m_lang);
        if (afterToken.isValid()) end = afterToken;
    }
    if (begin.isInvalid()) return {};
    SourceSpan result;
    result.file = fileName(begin);
    result.line = m_sources.getSpellingLineNumber(begin);
    result.column = m_sources.getSpellingColumnNumber(begin);
    if (end.isValid() && m_sources.getFileID(end) == m_sources.getFileID(begin)) {
        result.endLine = m_sources.getSpellingLineNumber(end);
        result.endColumn = m_sources.getSpellingColumnNumber(end);
    }
    if (result.endLine < result.line || (result.endLine == result.line && result.endColumn <= result.column)) {
        result.endLine = result.line;
        result.endColumn = result.column + 1;
    }
    return result;
}

SourceSpan SpanMaker::span(clang::SourceRange range) const {
    return span(clang::CharSourceRange::getTokenRange(range));
}

SourceSpan SpanMaker::point(clang::SourceLocation loc) const { return span(clang::SourceRange(loc, loc)); }

std::string SpanMaker::text(clang::SourceRange range) const {
    const clang::CharSourceRange fileRange =
        m_sources.getExpansionRange(clang::CharSourceRange::getTokenRange(range));
    return clang::Lexer::getSourceText(fileRange, m_sources, m_lang).str();
}

} // namespace ownlings::engine
