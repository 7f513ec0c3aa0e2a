#pragma once
// Printing a grading result on the terminal: what failed, where, and what the
// program said, with the checker's and the sanitizers' findings rustc-style.

#include "app/course/grading/grade_result.h"

#include <QString>

namespace ownlings::cli {

/// The whole result as text; `sourcePath`/`source` let the renderer show the learner's lines.
QString gradeResultText(const course::GradeResult& result, const QString& sourcePath, const QString& source,
                        bool color);

} // namespace ownlings::cli
