// rustc-style rendering of diagnostics.
#include "engine/diagnostics/text_renderer.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace ownlings::engine {
namespace {

constexpr const char* kBold = "1";
constexpr const char* kBlue = "1;34";
constexpr const char* kRed = "1;31";
constexpr const char* kYellow = "1;33";
constexpr const char* kGreen = "1;32";
constexpr std::size_t kTabWidth = 4;

const char* severityStyle(Severity severity) {
    switch (severity) {
    case Severity::Error: return kRed;
    case Severity::Warning: return kYellow;
    case Severity::Note: return kGreen;
    }
    return kRed;
}

const char* severityWord(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Display cells taken by the first `bytes` bytes of `line` (tabs expanded, UTF-8 aware).
std::size_t displayWidth(const std::string& line, std::size_t bytes) {
    std::size_t cells = 0;
    for (std::size_t i = 0; i < std::min(bytes, line.size()); ++i) {
        if (line[i] == '\t') cells += kTabWidth;
        else if (!isContinuationByte(line[i])) ++cells;
    }
    return cells + (bytes > line.size() ? bytes - line.size() : 0);
}

/// 1-based character column of a 1-based byte column, as rustc prints it.
std::size_t characterColumn(const std::string& line, unsigned byteColumn) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i + 1 < byteColumn && i < line.size(); ++i)
        if (!isContinuationByte(line[i])) ++chars;
    return chars + 1;
}

std::string expandTabs(const std::string& line) {
    std::string out;
    for (char c : line) {
        if (c == '\t') out.append(kTabWidth, ' ');
        else out.push_back(c);
    }
    return out;
}

std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

std::size_t digits(unsigned number) { return std::to_string(number).size(); }

} // namespace

struct TextRenderer::Mark {
    std::size_t start = 0; ///< display cell where the underline starts
    std::size_t end = 0;   ///< one past the last underlined cell
    bool primary = false;
    std::string label;
};

TextRenderer::TextRenderer(bool color) : m_color(color) {}

void TextRenderer::addSource(const std::string& path, const std::string& text) { m_sources[path] = splitLines(text); }

const std::vector<std::string>* TextRenderer::linesOf(const std::string& path) {
    auto found = m_sources.find(path);
    if (found == m_sources.end()) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream text;
        if (in) text << in.rdbuf();
        found = m_sources.emplace(path, splitLines(text.str())).first;
    }
    return found->second.empty() ? nullptr : &found->second;
}

std::string TextRenderer::paint(const std::string& text, const char* style) const {
    if (!m_color || text.empty()) return text;
    return "\x1b[" + std::string(style) + "m" + text + "\x1b[0m";
}

std::string TextRenderer::header(const Diagnostic& diagnostic) const {
    std::string kind = severityWord(diagnostic.severity);
    if (diagnostic.rule) kind += "[" + std::string(ruleInfo(*diagnostic.rule).name) + "]";
    return paint(kind, severityStyle(diagnostic.severity)) + paint(": " + diagnostic.message, kBold) + "\n";
}

std::string TextRenderer::renderError(const std::string& message) const {
    return paint("error", kRed) + paint(": " + message, kBold) + "\n";
}

std::string TextRenderer::marksBelow(std::vector<Mark> marks, const std::string& gutter) const {
    std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.start < b.start; });
    const std::string bar = paint(gutter + " |", kBlue);
    auto styleOf = [&](const Mark& mark) { return mark.primary ? severityStyle(Severity::Error) : kBlue; };
    auto padTo = [](std::size_t column, std::size_t& cursor) {
        const std::size_t pad = column > cursor ? column - cursor : 0;
        cursor += pad;
        return std::string(pad, ' ');
    };

    // First row: every underline (a mark nested in another is drawn over it), with
    // the label of the mark that ends last after it.
    std::vector<const Mark*> cells;
    for (const Mark& mark : marks) {
        if (cells.size() < mark.end) cells.resize(mark.end, nullptr);
        std::fill(cells.begin() + static_cast<long>(mark.start), cells.begin() + static_cast<long>(mark.end), &mark);
    }
    std::string row;
    for (std::size_t start = 0, end = 0; start < cells.size(); start = end) {
        for (end = start + 1; end < cells.size() && cells[end] == cells[start];) ++end;
        const Mark* mark = cells[start];
        row += mark ? paint(std::string(end - start, mark->primary ? '^' : '-'), styleOf(*mark))
                    : std::string(end - start, ' ');
    }
    std::size_t rowMark = 0;
    for (std::size_t i = 0; i < marks.size(); ++i)
        if (marks[i].end >= marks[rowMark].end) rowMark = i;
    if (!marks[rowMark].label.empty()) row += " " + paint(marks[rowMark].label, styleOf(marks[rowMark]));
    std::string out = bar + " " + row + "\n";

    // The other labels hang below their marks, right to left, joined by `|` as rustc does.
    for (std::size_t labelled = marks.size(); labelled-- > 0;) {
        if (labelled == rowMark || marks[labelled].label.empty()) continue;
        for (const bool withText : {false, true}) {
            std::string hang;
            std::size_t at = 0;
            for (std::size_t i = 0; i <= labelled; ++i) {
                if (i == rowMark || marks[i].label.empty()) continue;
                hang += padTo(marks[i].start, at);
                const bool text = withText && i == labelled;
                hang += paint(text ? marks[i].label : "|", styleOf(marks[i]));
                ++at;
            }
            out += bar + " " + hang + "\n";
        }
    }
    return out;
}

std::string TextRenderer::snippet(const Diagnostic& diagnostic, const std::vector<std::string>& lines,
                                  std::size_t width) const {
    std::map<unsigned, std::vector<Mark>> byLine;
    auto addMark = [&](const SourceSpan& span, const std::string& label, bool primary) {
        if (!span.valid() || span.file != diagnostic.primary.file || span.line > lines.size()) return;
        const std::string& text = lines[span.line - 1];
        const std::size_t endByte = span.endLine > span.line ? text.size() + 1 : span.endColumn;
        Mark mark{displayWidth(text, span.column - 1), displayWidth(text, endByte - 1), primary, label};
        if (mark.end <= mark.start) mark.end = mark.start + 1;
        byLine[span.line].push_back(mark);
    };
    addMark(diagnostic.primary, diagnostic.primaryLabel, true);
    for (const Label& label : diagnostic.labels) addMark(label.span, label.message, false);

    const std::string gutter(width, ' ');
    std::string out;
    unsigned previous = 0;
    auto sourceRow = [&](unsigned number) {
        std::string num = std::to_string(number);
        return paint(std::string(width - num.size(), ' ') + num + " |", kBlue) +
               (lines[number - 1].empty() ? "" : " " + expandTabs(lines[number - 1])) + "\n";
    };
    for (const auto& [number, marks] : byLine) {
        if (previous != 0 && number == previous + 2) out += sourceRow(previous + 1);
        else if (previous != 0 && number > previous + 2) out += paint("...", kBlue) + "\n";
        out += sourceRow(number);
        out += marksBelow(marks, gutter);
        previous = number;
    }
    return out;
}

std::string TextRenderer::footer(const Diagnostic& diagnostic, const std::string& gutter) const {
    std::vector<std::pair<std::string, std::string>> items;
    for (const Label& label : diagnostic.labels)
        if (label.span.valid() && label.span.file != diagnostic.primary.file)
            items.emplace_back("note", label.message + " (" + label.span.file + ":" + std::to_string(label.span.line) + ")");
    for (const std::string& note : diagnostic.notes) items.emplace_back("note", note);
    if (!diagnostic.help.empty()) items.emplace_back("help", diagnostic.help);
    if (!diagnostic.rustCode.empty()) items.emplace_back("rust", diagnostic.rustCode);
    if (items.empty()) return {};
    std::string out = paint(gutter + " |", kBlue) + "\n";
    for (const auto& [kind, text] : items) out += paint(gutter + " = ", kBlue) + paint(kind + ":", kBold) + " " + text + "\n";
    return out;
}

std::string TextRenderer::render(const Diagnostic& diagnostic) {
    std::string out = header(diagnostic);
    const SourceSpan& primary = diagnostic.primary;
    const std::vector<std::string>* lines = primary.valid() ? linesOf(primary.file) : nullptr;
    if (!lines || primary.line > lines->size()) {
        if (primary.valid())
            out += paint(" --> ", kBlue) + primary.file + ":" + std::to_string(primary.line) + ":" +
                   std::to_string(primary.column) + "\n";
        return out + footer(diagnostic, " ") + "\n";
    }
    unsigned lastLine = primary.line;
    for (const Label& label : diagnostic.labels)
        if (label.span.file == primary.file && label.span.line <= lines->size())
            lastLine = std::max(lastLine, label.span.line);
    const std::size_t width = digits(lastLine);
    const std::string gutter(width, ' ');
    out += paint(gutter + "--> ", kBlue) + primary.file + ":" + std::to_string(primary.line) + ":" +
           std::to_string(characterColumn((*lines)[primary.line - 1], primary.column)) + "\n";
    out += paint(gutter + " |", kBlue) + "\n";
    out += snippet(diagnostic, *lines, width);
    return out + footer(diagnostic, gutter) + "\n";
}

std::string TextRenderer::render(const FileReport& report) {
    if (!report.source.empty()) addSource(report.path, report.source);
    std::string out;
    switch (report.status) {
    case FileStatus::InputError:
    case FileStatus::InternalError:
        return renderError(report.error);
    case FileStatus::CompileError:
        for (const Diagnostic& error : report.compilerErrors) out += render(error);
        return out + renderError("could not check `" + report.path + "`: " +
                                 (report.compilerErrors.empty() ? report.error : "it does not compile; fix the errors above first"));
    case FileStatus::Checked:
        for (const Diagnostic& finding : report.findings) out += render(finding);
        return out;
    }
    return out;
}

} // namespace ownlings::engine
