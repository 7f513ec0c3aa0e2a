#pragma once
// `ownlings check`: check files and print diagnostics as text or JSON.

#include <string>
#include <vector>

namespace ownlings::cli {

/// Runs `ownlings check` with the arguments after the command name.
int runCheck(const std::vector<std::string>& args);

} // namespace ownlings::cli
