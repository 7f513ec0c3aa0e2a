#pragma once
// FileReport: the outcome of checking one file, as plain data.

#include "engine/diagnostics/diagnostic.h"

#include <string>
#include <vector>

namespace ownlings::engine {

enum class FileStatus {
    Checked,       ///< parsed and analysed; `findings` may be empty
    InputError,    ///< could not be read, or is not source text (see `error`)
    CompileError,  ///< Clang reported errors (see `compilerErrors`); nothing was analysed
    InternalError, ///< the checker itself failed on this file (see `error`)
};

/// Everything known about one checked file.
struct FileReport {
    std::string path;   ///< as the caller named it; spans in the main file use it
    std::string source; ///< the text that was checked (empty for InputError)
    FileStatus status = FileStatus::Checked;
    std::string error;  ///< one line, for InputError and InternalError
    std::vector<Diagnostic> compilerErrors;
    std::vector<Diagnostic> findings; ///< sorted by position

    /// Exit-status meaning: could not be read or parsed.
    bool failed() const { return status != FileStatus::Checked; }
};

} // namespace ownlings::engine
