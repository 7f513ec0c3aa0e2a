#pragma once
// The engine's entry point: check one C++ file for ownership findings.

#include "engine/diagnostics/file_report.h"
#include "engine/rules.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace ownlings::engine {

class TranslationUnitParser;

struct CheckOptions {
    RuleSet rules = RuleSet::bugs();
    std::vector<std::string> compilerArgs; ///< extra flags for Clang: -I, -D, -std=
    /// Whether `// ownlings: allow(rule)` comments silence findings. Grading
    /// turns it off: an allow comment must not pass an exercise.
    bool honourSuppressions = true;
};

/// Reads and checks the file at `path`.
FileReport checkFile(const std::filesystem::path& path, const CheckOptions& options);

/// Checks `source` as if it were the file at `path` (which need not exist).
FileReport checkSource(const std::string& source, const std::string& path, const CheckOptions& options);

/// Checks one file again and again (an editor's check-as-you-type): keeps
/// Clang's precompiled preamble so that an edit below the #includes re-parses
/// quickly. Not thread-safe.
class CheckSession {
public:
    CheckSession();
    ~CheckSession();
    CheckSession(const CheckSession&) = delete;
    CheckSession& operator=(const CheckSession&) = delete;

    FileReport check(const std::string& source, const std::string& path, const CheckOptions& options);

private:
    std::unique_ptr<TranslationUnitParser> m_parser;
};

} // namespace ownlings::engine
