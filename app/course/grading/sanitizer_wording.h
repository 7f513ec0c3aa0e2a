#pragma once
// What a sanitizer report says, as parsed facts, and how to say it to a
// learner: a diagnostic on their line with the free/allocation sites.

#include "app/course/grading/grade_result.h"
#include "app/course/grading/sanitizer_report.h"
#include "app/course/grading/source_paths.h"

#include <QStringList>

#include <vector>

namespace ownlings::course {

/// One AddressSanitizer error report.
struct AsanFacts {
    QString headline;   ///< after "AddressSanitizer: "
    QString kind;       ///< "heap-use-after-free", "SEGV", ...
    QString access;     ///< "read" or "write"; empty when not said
    QString relation;   ///< "inside of", "after", "before", ... the block
    qint64 offset = 0;  ///< bytes from the block
    qint64 regionSize = 0;
    QString variable;   ///< stack errors: the local's name
    int variableLine = 0;
    bool zeroPage = false; ///< SEGV near address 0: a null pointer
    std::vector<StackFrame> accessStack;
    std::vector<StackFrame> freedStack;
    std::vector<StackFrame> allocatedStack;
    std::vector<StackFrame> frameStack; ///< the function whose local was hit
    QStringList text;
};

/// One leak of a LeakSanitizer report.
struct LeakFacts {
    bool indirect = false;
    qint64 bytes = 0;
    int objects = 0;
    std::vector<StackFrame> allocatedStack;
    QStringList text;
};

/// One UBSan runtime error.
struct UbsanFacts {
    StackFrame location; ///< from the headline
    QString message;     ///< "signed integer overflow: 2147483647 + 1 cannot be ..."
    QString kind;        ///< from SUMMARY: "signed-integer-overflow"; may be empty
    std::vector<StackFrame> stack;
    QStringList text;
};

SanitizerFinding describeAsan(const AsanFacts& facts, const SourcePaths& paths);
SanitizerFinding describeLeak(const LeakFacts& facts, const SourcePaths& paths);
SanitizerFinding describeUbsan(const UbsanFacts& facts, const SourcePaths& paths);

} // namespace ownlings::course
