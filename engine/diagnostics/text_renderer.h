#pragma once
// rustc-style text for diagnostics: headline, location, source lines with a
// gutter, ^^^ under the primary span, --- under secondary spans, notes and help.

#include "engine/diagnostics/file_report.h"

#include <map>
#include <string>
#include <vector>

namespace ownlings::engine {

class TextRenderer {
public:
    /// With `color`, ANSI colours in the manner of rustc.
    explicit TextRenderer(bool color);

    /// Makes the text of `path` known, so that it is not read from disk.
    void addSource(const std::string& path, const std::string& text);

    /// One diagnostic, ending with an empty line.
    std::string render(const Diagnostic& diagnostic);
    /// A one-line error (`error: <message>`), for files that could not be checked.
    std::string renderError(const std::string& message) const;
    /// Everything a report holds: its error, Clang's errors or the findings.
    std::string render(const FileReport& report);

private:
    struct Mark;
    const std::vector<std::string>* linesOf(const std::string& path);
    std::string header(const Diagnostic& diagnostic) const;
    std::string snippet(const Diagnostic& diagnostic, const std::vector<std::string>& lines, std::size_t width) const;
    std::string marksBelow(std::vector<Mark> marks, const std::string& gutter) const;
    std::string footer(const Diagnostic& diagnostic, const std::string& gutter) const;
    std::string paint(const std::string& text, const char* style) const;

    bool m_color;
    std::map<std::string, std::vector<std::string>> m_sources;
};

} // namespace ownlings::engine
