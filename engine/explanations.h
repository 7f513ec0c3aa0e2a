#pragma once
// The long explanation of each rule, as `ownlings explain RULE` prints it: Markdown
// texts from engine/explain/<rule-id>.md, embedded into the library at build time.

#include "engine/rules.h"

#include <span>
#include <string>
#include <string_view>

namespace ownlings::engine {

/// The Markdown explanation of `rule`: a `# <rule-id>: <summary>` title line, then
/// one `## ` section per entry of explanationSections(), in that order. Static
/// storage; empty only if the build embedded no text for the rule.
std::string_view explanation(RuleId rule);

/// The section headings every explanation has, in order: "What it means", "Example", ...
std::span<const std::string_view> explanationSections();

/// The text under `## <heading>` in the explanation of `rule`, without the heading
/// line and without leading or trailing blank lines; empty when there is no such section.
std::string_view explanationSection(RuleId rule, std::string_view heading);

/// The first paragraph of "What it means" as one line (line breaks become spaces):
/// a rule's full description, for tools that show one paragraph.
std::string explanationLead(RuleId rule);

} // namespace ownlings::engine
