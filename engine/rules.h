#pragma once
// Rule ids, the rule table and rule-list parsing, all expanded from rules.def.

#include <bitset>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ownlings::engine {

enum class RuleKind { Bug, Discipline };

enum class RuleId {
#define OWNLINGS_RULE(Enum, Id, Rust, Kind, Summary) Enum,
#include "engine/rules.def"
};

inline constexpr std::size_t kRuleCount = 0
#define OWNLINGS_RULE(Enum, Id, Rust, Kind, Summary) +1
#include "engine/rules.def"
    ;

struct RuleInfo {
    RuleId id;
    std::string_view name;     ///< kebab-case id, e.g. "use-after-move"
    std::string_view rustCode; ///< rustc error code it mirrors, may be empty
    RuleKind kind;
    std::string_view summary;
};

/// Every rule, in catalogue order.
std::span<const RuleInfo> allRules();
const RuleInfo& ruleInfo(RuleId id);
std::optional<RuleId> ruleFromName(std::string_view name);

/// True when some analysis reports this rule (see analyses/registry.cpp).
bool isImplemented(RuleId id);

/// A set of enabled rules.
class RuleSet {
public:
    static RuleSet none() { return {}; }
    static RuleSet all();
    static RuleSet bugs();

    bool contains(RuleId id) const { return m_bits.test(static_cast<std::size_t>(id)); }
    void insert(RuleId id) { m_bits.set(static_cast<std::size_t>(id)); }
    void insert(const RuleSet& other) { m_bits |= other.m_bits; }
    bool empty() const { return m_bits.none(); }
    bool operator==(const RuleSet&) const = default;

private:
    std::bitset<kRuleCount> m_bits;
};

/// Parses a comma-separated rule list: `all`, `bugs`, `discipline` or rule ids.
/// On failure returns nullopt and sets `error` to a message naming the bad entry.
std::optional<RuleSet> parseRuleList(std::string_view list, std::string& error);

} // namespace ownlings::engine
