#pragma once
// `ownlings explain`: the list of rules, or the long explanation of one rule.

#include <string>
#include <vector>

namespace ownlings::cli {

/// Runs `ownlings explain` with the arguments after the command name.
int runExplain(const std::vector<std::string>& args);

} // namespace ownlings::cli
