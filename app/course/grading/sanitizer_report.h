#pragma once
// Parsing AddressSanitizer, LeakSanitizer and UBSan reports into findings on
// the learner's file and line.

#include "app/course/grading/grade_result.h"
#include "app/course/grading/source_paths.h"

#include <QString>

#include <vector>

namespace ownlings::course {

/// One symbolized stack frame: `#1 0x55c7 in release(int*) /tmp/x/a.cpp:2:24`.
struct StackFrame {
    QString function;
    QString file; ///< empty when the frame has no source location
    int line = 0;
    int column = 0;
};

/// Parses `#N 0x... in function file:line[:column]`; nullopt for other lines.
std::optional<StackFrame> parseStackFrame(const QString& line);

/// Every finding in a sanitizer log (ASAN_OPTIONS=log_path output, or stderr):
/// at most one ASan report, the leaks of an LSan report, UBSan runtime
/// errors. Each is placed on the first stack frame in the learner's file (or
/// else the test file), with the free and allocation sites as labels.
std::vector<SanitizerFinding> parseSanitizerLog(const QString& log, const SourcePaths& paths);

} // namespace ownlings::course
