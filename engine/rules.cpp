// The rule table expanded from rules.def, and rule-list parsing.
#include "engine/rules.h"

#include <array>

namespace ownlings::engine {
namespace {

constexpr std::array<RuleInfo, kRuleCount> kRules{{
#define OWNLINGS_RULE(Enum, Id, Rust, Kind, Summary) {RuleId::Enum, Id, Rust, RuleKind::Kind, Summary},
#include "engine/rules.def"
}};

RuleSet rulesOfKind(RuleKind kind) {
    RuleSet set;
    for (const RuleInfo& rule : kRules)
        if (rule.kind == kind) set.insert(rule.id);
    return set;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::optional<RuleSet> parseRuleItem(std::string_view item) {
    if (item == "all") return RuleSet::all();
    if (item == "bugs") return RuleSet::bugs();
    if (item == "discipline") return rulesOfKind(RuleKind::Discipline);
    if (auto id = ruleFromName(item)) {
        RuleSet one;
        one.insert(*id);
        return one;
    }
    return std::nullopt;
}

} // namespace

std::span<const RuleInfo> allRules() { return kRules; }

const RuleInfo& ruleInfo(RuleId id) { return kRules[static_cast<std::size_t>(id)]; }

std::optional<RuleId> ruleFromName(std::string_view name) {
    for (const RuleInfo& rule : kRules)
        if (rule.name == name) return rule.id;
    return std::nullopt;
}

RuleSet RuleSet::all() {
    RuleSet set;
    set.m_bits.set();
    return set;
}

RuleSet RuleSet::bugs() { return rulesOfKind(RuleKind::Bug); }

std::optional<RuleSet> parseRuleList(std::string_view list, std::string& error) {
    RuleSet result;
    while (true) {
        const std::size_t comma = list.find(',');
        const std::string_view item = trim(list.substr(0, comma));
        if (!item.empty()) {
            auto parsed = parseRuleItem(item);
            if (!parsed) {
                error = "unknown rule `" + std::string(item) +
                        "` (use `all`, `bugs`, `discipline` or ids listed by `ownlings explain`)";
                return std::nullopt;
            }
            result.insert(*parsed);
        }
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    if (result.empty()) {
        error = "empty rule list";
        return std::nullopt;
    }
    return result;
}

} // namespace ownlings::engine
