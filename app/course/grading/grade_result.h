#pragma once
// GradeResult: everything one grading found, stage by stage, as plain data.

#include "engine/diagnostics/diagnostic.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ownlings::course {

/// The stages in order. A result's `stage` is the one that failed, or Done.
enum class GradeStage {
    Setup,   ///< grading itself could not run (no compiler, unreadable test file)
    Locked,  ///< a locked region of the starting code was changed
    Check,   ///< the ownership checker reported findings
    Compile, ///< clang++ failed
    Run,     ///< the program crashed, timed out, exited non-zero or a sanitizer fired
    Test,    ///< a TEST_CASE failed, or stdout differs from the expected output
    Done,    ///< everything passed
};

/// "setup", "locked", "check", "compile", "run", "test" or "done".
QString stageName(GradeStage stage);
std::optional<GradeStage> stageFromName(const QString& name);

/// A locked region that the learner changed.
struct LockedRegionViolation {
    QString region;    ///< its name from the marker, or "locked region N"
    QString file;      ///< the learner's file
    int startingLine = 0; ///< 1-based line of its begin marker in the starting code
    int learnerLine = 0;  ///< 1-based line in the learner's file where it differs; 0 when removed
    QString message;
};

/// How the learner's program ended.
struct ProgramRun {
    enum class End { Exited, Crashed, TimedOut, OutputLimit, Cancelled, FailedToStart };
    End end = End::Exited;
    int exitCode = 0;
    int signal = 0;            ///< Crashed: the signal number
    QString standardOutput;    ///< capped; see outputTruncated
    QString standardError;     ///< capped; see errorTruncated
    bool outputTruncated = false;
    bool errorTruncated = false;
    bool sandboxed = false;    ///< ran inside bubblewrap
};

/// One finding of AddressSanitizer, LeakSanitizer or UBSan.
struct SanitizerFinding {
    QString tool;   ///< "AddressSanitizer", "LeakSanitizer" or "UndefinedBehaviorSanitizer"
    QString kind;   ///< "heap-use-after-free", "double-free", "memory-leak", "signed-integer-overflow", ...
    /// Headline and spans, on the learner's file when a stack frame is there
    /// (primary invalid otherwise): "heap-use-after-free: this read touches memory freed on line 9".
    engine::Diagnostic diagnostic;
    QString report; ///< the sanitizer's own text for this finding
};

/// One TEST_CASE.
struct TestCaseResult {
    QString name;
    bool passed = false;
    QString file;   ///< the failing check's file, as the learner knows it
    int line = 0;   ///< its 1-based line
    QString message;
};

struct StageTiming {
    GradeStage stage = GradeStage::Setup;
    qint64 ms = 0;
};

struct GradeResult {
    GradeStage stage = GradeStage::Setup; ///< the stage that failed, or Done
    bool passed = false;
    bool cancelled = false;  ///< stopped by Grader::cancel(); nothing about the code is known
    bool fromCache = false;  ///< answered from the grade cache
    QString message;         ///< one or a few lines for the learner: what failed and where

    std::optional<LockedRegionViolation> locked;
    std::vector<engine::Diagnostic> checkDiagnostics; ///< the ownership checker's findings
    QString compilerOutput;                            ///< clang++'s text, paths as the learner knows them
    std::vector<engine::Diagnostic> compilerDiagnostics; ///< errors and warnings parsed from it
    std::optional<ProgramRun> program;
    std::vector<SanitizerFinding> sanitizerFindings;
    std::vector<TestCaseResult> tests;
    std::vector<StageTiming> timings; ///< every stage that ran, in order
    QStringList notes;                ///< e.g. "ran without bubblewrap (not installed)"

    qint64 totalMs() const;
    /// Every diagnostic that points into code, for an editor to mark: the
    /// locked region, checker findings, compiler errors, sanitizer findings.
    std::vector<engine::Diagnostic> allDiagnostics() const;
    /// Rule ids of the checker findings, in order (for the progress store).
    QStringList rulesHit() const;
};

} // namespace ownlings::course
