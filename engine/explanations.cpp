// Looking up the embedded explanation texts and their sections.
#include "engine/explanations.h"

#include "engine/explain/embedded_explanations.h"

#include <algorithm>
#include <array>

namespace ownlings::engine {
namespace {

constexpr std::array<std::string_view, 6> kSections{
    "What it means", "Example", "The same mistake in Rust", "How to fix it", "Known limits", "Silencing a false positive",
};

std::string_view trimBlankLines(std::string_view text) {
    while (!text.empty() && (text.front() == '\n' || text.front() == '\r')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
    return text;
}

/// Offset of the first line at or after `from` that is outside a ``` code block
/// and satisfies `match`, or the size of `text`. `from` must start a line outside code.
template <class Match>
std::size_t findLine(std::string_view text, std::size_t from, Match&& match) {
    bool inCode = false;
    for (std::size_t start = from; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (line.starts_with("```")) inCode = !inCode;
        else if (!inCode && match(line)) return start;
        start = end + 1;
    }
    return text.size();
}

} // namespace

std::string_view explanation(RuleId rule) {
    const std::string_view name = ruleInfo(rule).name;
    for (const EmbeddedExplanation& entry : embeddedExplanations())
        if (entry.name == name) return entry.text;
    return {};
}

std::span<const std::string_view> explanationSections() { return kSections; }

std::string_view explanationSection(RuleId rule, std::string_view heading) {
    const std::string_view text = explanation(rule);
    const std::size_t at = findLine(text, 0, [&](std::string_view line) {
        return line.starts_with("## ") && line.substr(3) == heading;
    });
    const std::size_t body = std::min(text.size(), text.find('\n', at));
    if (body == text.size()) return {};
    const std::size_t next = findLine(text, body + 1, [](std::string_view line) { return line.starts_with("## "); });
    return trimBlankLines(text.substr(body, next - body));
}

std::string explanationLead(RuleId rule) {
    const std::string_view section = explanationSection(rule, "What it means");
    std::string_view paragraph = section.substr(0, section.find("\n\n"));
    std::string lead;
    for (char c : paragraph) lead += c == '\n' ? ' ' : c;
    return lead.empty() ? std::string(ruleInfo(rule).summary) : lead;
}

} // namespace ownlings::engine
