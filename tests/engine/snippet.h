#pragma once
// Helpers for engine tests: check a snippet and ask what was found where.

#include "engine/checker.h"

#include <set>
#include <string>

namespace ownlings::tests {

/// Checks `code` (a whole translation unit) as `snippet.cpp` with the given rules.
engine::FileReport checkSnippet(const std::string& code, engine::RuleSet rules = engine::RuleSet::all());

/// Lines on which `rule` was reported.
std::set<unsigned> linesOf(const engine::FileReport& report, engine::RuleId rule);

/// Lines of `code` that carry a `// <-` marker: where a test expects a finding.
std::set<unsigned> markedLines(const std::string& code);

} // namespace ownlings::tests
