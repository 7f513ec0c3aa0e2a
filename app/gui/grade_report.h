#pragma once
// The text of a grading result for the window: a one-line verdict and a full report in HTML.

#include "app/course/grading/grade_result.h"

#include <QString>

namespace ownlings::gui {

/// One line: "Passed in 1.4 s", "Failed at the check stage: ...", "Grading was cancelled".
QString gradeHeadline(const course::GradeResult& result);

/// The stages that ran with their times, e.g. "✓ check 40 ms → ✓ compile 1.2 s → ✗ run 0.1 s".
QString stagePipeline(const course::GradeResult& result);

/// Everything the learner needs to see, in sections: the verdict, findings
/// and compiler errors (with their labels, notes and help), the compiler's own
/// text, sanitizer reports, the program's output and how it ended, the tests,
/// and notes. Plain HTML with <pre> blocks, for a QTextBrowser.
QString gradeReportHtml(const course::GradeResult& result);

} // namespace ownlings::gui
