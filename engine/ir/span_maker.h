#pragma once
// Turns Clang source locations and ranges into SourceSpans of the checked file.

#include "engine/diagnostics/diagnostic.h"

#include <string>

namespace clang {
class CharSourceRange;
class LangOptions;
class SourceLocation;
class SourceManager;
class SourceRange;
} // namespace clang

namespace ownlings::engine {

class SpanMaker {
public:
    /// `mainPath` is the name the main file is reported under (as the user gave it).
    SpanMaker(const clang::SourceManager& sources, const clang::LangOptions& lang, std::string mainPath);

    /// The span of a token range (a statement's or declaration's source range).
    /// Locations inside macro expansions map to where the macro is used.
    SourceSpan span(clang::SourceRange range) const;
    SourceSpan span(const clang::CharSourceRange& range) const;
    /// A one-token span at `loc`.
    SourceSpan point(clang::SourceLocation loc) const;
    /// The source text under a token range, for naming things in messages.
    std::string text(clang::SourceRange range) const;

private:
    std::string fileName(clang::SourceLocation fileLoc) const;

    const clang::SourceManager& m_sources;
    const clang::LangOptions& m_lang;
    std::string m_mainPath;
};

} // namespace ownlings::engine
