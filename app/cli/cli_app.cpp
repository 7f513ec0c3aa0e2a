// Dispatch of `ownlings` commands.
#include "app/cli/cli_app.h"

#include "app/cli/check_command.h"
#include "app/cli/explain_command.h"

#include <cstdio>
#include <string_view>

#ifndef OWNLINGS_VERSION
#define OWNLINGS_VERSION "0.0.0"
#endif

namespace ownlings::cli {
namespace {

constexpr const char* kUsage = R"(ownlings - learn ownership, borrowing and lifetimes in C++

Usage:
  ownlings check [OPTIONS] FILE... [-- COMPILER-FLAGS...]
  ownlings explain [RULE]
  ownlings --help
  ownlings --version

Commands:
  check    check C++ files for ownership bugs and print rustc-style diagnostics
  explain  list the rules, or explain one: what it means, an example, the Rust
           error it mirrors, the fix, and how to silence a false positive

Run `ownlings COMMAND --help` for the options of a command.
)";

} // namespace

int usageError(const std::string& message, const std::string& helpCommand) {
    std::fprintf(stderr, "error: %s\n(see `%s`)\n", message.c_str(), helpCommand.c_str());
    return kExitFailure;
}

int run(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty()) {
        std::fputs(kUsage, stderr);
        return kExitFailure;
    }
    const std::string command = args.front();
    if (command == "--help" || command == "-h" || command == "help") {
        std::fputs(kUsage, stdout);
        return kExitClean;
    }
    if (command == "--version" || command == "-V") {
        std::printf("ownlings %s\n", OWNLINGS_VERSION);
        return kExitClean;
    }
    args.erase(args.begin());
    if (command == "check") return runCheck(args);
    if (command == "explain") return runExplain(args);
    return usageError("unknown command `" + command + "`", "ownlings --help");
}

} // namespace ownlings::cli
