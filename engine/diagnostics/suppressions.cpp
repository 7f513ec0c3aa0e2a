// Parsing allow comments and dropping the findings they cover.
#include "engine/diagnostics/suppressions.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace ownlings::engine {
namespace {

constexpr std::string_view kMarker = "ownlings: allow(";

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.remove_suffix(1);
    return text;
}

/// The rule names listed in the allow comment on `line`, if it has one.
std::set<std::string> allowedOn(std::string_view line, bool& aloneOnLine) {
    std::set<std::string> rules;
    const auto comment = line.find("//");
    if (comment == std::string_view::npos) return rules;
    const auto marker = line.find(kMarker, comment);
    if (marker == std::string_view::npos) return rules;
    aloneOnLine = trim(line.substr(0, comment)).empty();
    std::string_view list = line.substr(marker + kMarker.size());
    list = list.substr(0, list.find(')'));
    while (!list.empty()) {
        const auto comma = list.find(',');
        rules.insert(std::string(trim(list.substr(0, comma))));
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    return rules;
}

/// For each line, the rules allowed there (from its own comment or a comment line above).
std::map<unsigned, std::set<std::string>> allowances(std::string_view source) {
    std::map<unsigned, std::set<std::string>> allowed;
    unsigned number = 1;
    for (std::size_t start = 0; start <= source.size(); ++number) {
        const auto end = source.find('\n', start);
        const std::string_view line = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        bool alone = false;
        for (const std::string& rule : allowedOn(line, alone)) allowed[alone ? number + 1 : number].insert(rule);
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return allowed;
}

} // namespace

void applySuppressions(std::string_view source, std::vector<Diagnostic>& findings) {
    if (source.find(kMarker) == std::string_view::npos) return;
    const auto allowed = allowances(source);
    std::erase_if(findings, [&](const Diagnostic& finding) {
        auto rules = allowed.find(finding.primary.line);
        if (rules == allowed.end() || !finding.rule) return false;
        return rules->second.count("all") || rules->second.count(std::string(ruleInfo(*finding.rule).name));
    });
}

} // namespace ownlings::engine
