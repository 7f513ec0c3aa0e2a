#pragma once
// The JSON contract of `ownlings check --format json` (docs: ownership-rules.md).

#include "engine/diagnostics/file_report.h"

#include <string>
#include <vector>

namespace ownlings::engine {

/// `{"files":[{"path":P,"status":S,"diagnostics":[...]}]}` with 1-based lines
/// and columns (columns count UTF-8 bytes, as Clang does). Besides the fields
/// the contract names, a diagnostic carries end positions, its primary label,
/// notes and the Rust code; a file that could not be checked carries `error`
/// and Clang's `compiler_errors`.
std::string renderJson(const std::vector<FileReport>& reports);

/// `text` as a JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD.
std::string jsonString(const std::string& text);

} // namespace ownlings::engine
