#pragma once
// Reading a learner's source file, with a clear one-line reason when it cannot be checked.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace ownlings::engine {

/// Largest file the checker accepts; exercises are a few hundred lines.
inline constexpr std::size_t kMaxSourceBytes = 4 * 1024 * 1024;

/// The file's text, or why it cannot be checked ("`x.cpp` is a directory").
struct SourceRead {
    std::optional<std::string> text;
    std::string error;
};

/// Reads `path` and validates it with `sourceTextProblem`.
SourceRead readSourceFile(const std::filesystem::path& path);

/// Why `text` is not checkable C++ source (empty, binary, too large), or
/// nullopt when it is fine. `name` is used in the message.
std::optional<std::string> sourceTextProblem(std::string_view text, std::string_view name);

} // namespace ownlings::engine
