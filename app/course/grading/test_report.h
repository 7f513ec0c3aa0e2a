#pragma once
// Reading the lines ownlings_test.h prints (`ownlings-test: pass <name>` ...).

#include "app/course/grading/grade_result.h"
#include "app/course/grading/source_paths.h"

#include <QString>

#include <vector>

namespace ownlings::course {

struct TestRunReport {
    std::vector<TestCaseResult> tests; ///< in the order they ran
    bool finished = false;     ///< the `done` line was printed: every test case ran
    QString unfinishedTest;    ///< a test case that started but never reported (it crashed or exited)
    QString programOutput;     ///< stdout without the harness's lines
};

/// Parses the test program's stdout; file paths are mapped to the learner's names.
TestRunReport parseTestOutput(const QString& output, const SourcePaths& paths);

} // namespace ownlings::course
