#pragma once
// GradeRequest: what to grade and how, as plain data (a front end builds it
// from a pack exercise and the learner's working copy).

#include "engine/rules.h"

#include <QString>

#include <optional>

namespace ownlings::course {

/// How an exercise is graded (pack.toml `grade`).
enum class GradeMode {
    Check, ///< the ownership checker must be clean
    Run,   ///< also compiles and runs; stdout must match expectedOutput when given
    Test,  ///< compiled with ownlings_test.h and the test file; every TEST_CASE must pass
};

/// Limits for compiling and running learner code.
struct Limits {
    int runTimeoutMs = 5000;      ///< wall clock for the program; the whole process group is killed
    int compileTimeoutMs = 60000; ///< wall clock for clang++
    int cpuSeconds = 0;           ///< RLIMIT_CPU of the program; 0: the timeout rounded up plus 1 s
    qint64 maxFileBytes = 16 * 1024 * 1024; ///< RLIMIT_FSIZE of the program
    int maxProcesses = 64;        ///< processes and threads the program may start
    qint64 keepOutputBytes = 64 * 1024;     ///< per stream; the rest is dropped with a note
    qint64 maxOutputBytes = 4 * 1024 * 1024; ///< both streams; beyond it the program is stopped
    int memoryMb = 512;           ///< AddressSanitizer's hard_rss_limit_mb (rlimits on address space break ASan)
    bool operator==(const Limits&) const = default;
};

/// One grading job.
struct GradeRequest {
    QString learnerPath;    ///< the learner's file as diagnostics name it; need not exist on disk
    QString learnerSource;  ///< the text to grade (an editor may pass unsaved text)
    QString startingCode;   ///< the exercise's starting code, for its locked regions; empty: nothing locked
    GradeMode mode = GradeMode::Check;
    QString testPath;       ///< Test mode: the test file, read when grading
    std::optional<QString> expectedOutput; ///< Run mode: what stdout must be, exactly
    engine::RuleSet rules = engine::RuleSet::bugs(); ///< the exercise's discipline rules; bug rules are always added
    Limits limits;
    /// Whether `// ownlings: allow(rule)` comments silence the checker. Off for
    /// learners: an allow comment above the bug must not pass the exercise.
    bool honourAllowComments = false;
};

/// "check", "run" or "test", as pack.toml writes the mode.
QString gradeModeName(GradeMode mode);
std::optional<GradeMode> gradeModeFromName(const QString& name);

} // namespace ownlings::course
