// Run-time discovery of Clang's resource directory.
#include "engine/parse/resource_dir.h"

#include <clang/Driver/Driver.h>
#include <llvm/Support/Program.h>

#include <cstdlib>
#include <filesystem>
#include <system_error>
#include <vector>

#ifndef OWNLINGS_CLANG_RESOURCE_DIR
#define OWNLINGS_CLANG_RESOURCE_DIR ""
#endif
#ifndef OWNLINGS_CLANG_PREFIX
#define OWNLINGS_CLANG_PREFIX "/usr/lib/llvm-19"
#endif

namespace ownlings::engine {
namespace {

std::vector<std::string> clangExecutableCandidates() {
    std::vector<std::string> found;
    for (const char* name : {"clang++-19", "clang-19"}) {
        if (auto path = llvm::sys::findProgramByName(name)) found.push_back(*path);
    }
    found.push_back(std::string(OWNLINGS_CLANG_PREFIX) + "/bin/clang");
    found.push_back("/usr/lib/llvm-19/bin/clang");
    return found;
}

std::string resourceDirOfExecutable(const std::string& executable) {
    std::error_code ec;
    const auto real = std::filesystem::canonical(executable, ec);
    if (ec) return {};
    return clang::driver::Driver::GetResourcesPath(real.string());
}

std::string findResourceDir() {
    if (const char* fromEnv = std::getenv("OWNLINGS_CLANG_RESOURCE_DIR"); fromEnv && isResourceDir(fromEnv))
        return fromEnv;
    for (const std::string& executable : clangExecutableCandidates()) {
        std::string dir = resourceDirOfExecutable(executable);
        if (isResourceDir(dir)) return dir;
    }
    if (isResourceDir(OWNLINGS_CLANG_RESOURCE_DIR)) return OWNLINGS_CLANG_RESOURCE_DIR;
    return {};
}

} // namespace

bool isResourceDir(const std::string& dir) {
    if (dir.empty()) return false;
    std::error_code ec;
    return std::filesystem::is_regular_file(std::filesystem::path(dir) / "include" / "stddef.h", ec);
}

const std::string& clangResourceDir() {
    static const std::string dir = findResourceDir();
    return dir;
}

} // namespace ownlings::engine
