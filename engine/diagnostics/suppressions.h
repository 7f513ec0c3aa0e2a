#pragma once
// `// ownlings: allow(rule-id, ...)` comments that silence findings a learner
// has judged to be false positives.

#include "engine/diagnostics/diagnostic.h"

#include <string_view>
#include <vector>

namespace ownlings::engine {

/// Removes the findings that an allow comment covers: one on the finding's
/// primary line, or one standing alone on the line just above it. `all`
/// inside the parentheses allows every rule.
void applySuppressions(std::string_view source, std::vector<Diagnostic>& findings);

} // namespace ownlings::engine
