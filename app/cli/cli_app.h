#pragma once
// The `ownlings` command line: global options and dispatch to commands.

#include <string>
#include <vector>

namespace ownlings::cli {

/// Exit statuses shared by every command (see ownership-rules.md).
enum ExitStatus : int { kExitClean = 0, kExitFindings = 1, kExitFailure = 2 };

/// Runs the command line; returns the process exit status.
int run(int argc, char** argv);

/// Prints `error: <message>` and a pointer to the help on stderr; returns kExitFailure.
int usageError(const std::string& message, const std::string& helpCommand);

} // namespace ownlings::cli
