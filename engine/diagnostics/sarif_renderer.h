#pragma once
// SARIF 2.1.0 logs of check results, for editors and CI (`ownlings check --format sarif`).

#include "engine/diagnostics/file_report.h"

#include <string>
#include <vector>

namespace ownlings::engine {

/// One SARIF 2.1.0 log with one run: the tool with all rules (their explanations
/// as help), the checked files as artifacts, one result per finding (labels become
/// relatedLocations), and files that could not be read or compiled as
/// toolExecutionNotifications of an unsuccessful invocation. Columns count Unicode
/// code points (`columnKind` "unicodeCodePoints"), converted from the UTF-8 byte
/// columns of Diagnostic with each report's source (other files are read from disk).
/// Relative paths are relative to `%SRCROOT%`, the current directory.
std::string renderSarif(const std::vector<FileReport>& reports);

} // namespace ownlings::engine
