#pragma once
// A rule set written as the rule list `--rules` and the check-worker protocol take.

#include "engine/rules.h"

#include <QString>

namespace ownlings::course {

/// Every rule in `rules` by its id, comma-separated in catalogue order
/// ("use-after-move,dangling-reference,..."); "" for an empty set. Parsing it
/// with engine::parseRuleList() gives `rules` back.
QString ruleList(const engine::RuleSet& rules);

} // namespace ownlings::course
