#pragma once
// Parsing clang++'s text output into diagnostics on the learner's files.

#include "app/course/grading/source_paths.h"

#include "engine/diagnostics/diagnostic.h"

#include <QString>

#include <vector>

namespace ownlings::course {

/// Errors and warnings of `output` (clang++ run with -fno-color-diagnostics),
/// with paths mapped to the learner's names. Notes become labels of the
/// diagnostic before them; linker errors ("undefined reference to") with a
/// source line are errors too.
std::vector<engine::Diagnostic> parseCompilerOutput(const QString& output, const SourcePaths& paths);

} // namespace ownlings::course
