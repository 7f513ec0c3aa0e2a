#pragma once
// The compile and run stages of grading: clang++ with sanitizers, then the
// program in the sandbox, judged by how it ended, its sanitizer reports and
// its tests or output.

#include "app/course/grading/grade_request.h"
#include "app/course/grading/grade_result.h"

namespace ownlings::course {

class GradeWorkspace;
class Sandbox;
struct SandboxOutcome;
struct Toolchain;

/// What the program stages work with.
struct ProgramStageContext {
    Sandbox& sandbox;
    const Toolchain& toolchain;
    const GradeRequest& request;
    const GradeWorkspace& workspace;
    GradeResult& result;
};

/// The clang++ arguments for the workspace (-std=c++20 -g -fsanitize=address,undefined ...).
QStringList compilerArguments(const GradeWorkspace& workspace, const Toolchain& toolchain, GradeMode mode);

/// Compiles; returns true when the program was built. Otherwise sets
/// result.stage (Compile, or Setup when clang++ could not run), the message,
/// the compiler output and its diagnostics, or result.cancelled.
bool compileProgram(ProgramStageContext& context);

/// Runs the program in the sandbox and judges it; sets result.stage to Run,
/// Test or Done (or Setup when the program could not be started).
void runProgram(ProgramStageContext& context);

/// Judges a finished run: crash, timeout, sanitizer findings, exit status,
/// then the tests (Test mode) or the expected output (Run mode).
void judgeProgram(const SandboxOutcome& outcome, const QString& sanitizerLog, ProgramStageContext& context);

} // namespace ownlings::course
