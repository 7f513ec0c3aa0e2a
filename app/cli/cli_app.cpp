// Dispatch of `ownlings` commands.
#include "app/cli/cli_app.h"

#include "app/cli/check_command.h"
#include "app/cli/course_commands.h"
#include "app/cli/explain_command.h"
#include "app/cli/pack_command.h"

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
  ownlings list | run [EXERCISE] | verify | hint [EXERCISE] | reset EXERCISE
  ownlings progress [--format table|csv|json] | quiz [QUIZ] [ANSWER]
  ownlings pack check DIR | pack new DIR
  ownlings --help
  ownlings --version

Commands:
  check    check C++ files for ownership bugs and print rustc-style diagnostics
  explain  list the rules, or explain one: what it means, an example, the Rust
           error it mirrors, the fix, and how to silence a false positive
  list     the exercises and quizzes of the course, with status
  run      grade the current (or a named) exercise
  verify   grade every exercise in order, stop at the first unfinished one
  hint     reveal the next hint of an exercise
  reset    restore an exercise's starting code (the old version is kept)
  progress status, attempts, hints and time of every exercise
  quiz     show or answer a quiz
  pack     check or create an exercise pack

Course commands take --pack DIR (default: the bundled pack) and --data DIR.

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
    if (command == "list") return runList(args);
    if (command == "run") return runGrade(args);
    if (command == "verify") return runVerify(args);
    if (command == "hint") return runHint(args);
    if (command == "reset") return runReset(args);
    if (command == "progress") return runProgress(args);
    if (command == "quiz") return runQuiz(args);
    if (command == "pack") return runPack(args);
    return usageError("unknown command `" + command + "`", "ownlings --help");
}

} // namespace ownlings::cli
