#pragma once
// Finds Clang's resource directory (builtin headers such as <stddef.h>) at run time.

#include <string>

namespace ownlings::engine {

/// The resource directory of the installed Clang 19, found in this order:
/// $OWNLINGS_CLANG_RESOURCE_DIR, the directory that belongs to a `clang++-19`
/// or `clang-19` on PATH or in the usual LLVM prefix, then the path known at
/// build time. Returns an empty string when none holds the builtin headers.
/// The answer is computed once and cached (thread-safe).
const std::string& clangResourceDir();

/// True when `dir` looks like a Clang resource directory (has include/stddef.h).
bool isResourceDir(const std::string& dir);

} // namespace ownlings::engine
