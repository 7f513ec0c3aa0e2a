#pragma once
// Grader: grades one learner file through the stages locked regions ->
// ownership check -> compile -> run -> tests, stopping at the first failure.

#include "app/course/grading/grade_request.h"
#include "app/course/grading/grade_result.h"
#include "app/course/grading/sandbox.h"

#include <QString>

namespace ownlings::course {

struct GraderOptions {
    QString cacheDir;       ///< where results are cached (e.g. <data dir>/grade-cache); empty: no cache
    int cacheEntries = 200; ///< the least recently used beyond this are dropped
};

/// One grader per front end is enough. grade() blocks (seconds: clang++ with
/// sanitizers, then the program), so a GUI calls it from a worker thread and
/// may call cancel() from its own thread. One grade() at a time per Grader.
class Grader {
public:
    explicit Grader(GraderOptions options = {});

    /// Grades `request`. Never throws; problems of grading itself (no
    /// compiler, unreadable test file) come back as stage Setup.
    GradeResult grade(const GradeRequest& request);

    /// Stops the grade() in progress as soon as possible (the compiler or the
    /// program is killed); that grade() returns with `cancelled` set.
    /// Thread-safe. A grade() that starts afterwards runs normally.
    void cancel() { m_sandbox.cancel(); }

private:
    GradeResult gradeUncached(const GradeRequest& request, const QByteArray& testSource);

    GraderOptions m_options;
    Sandbox m_sandbox;
};

} // namespace ownlings::course
