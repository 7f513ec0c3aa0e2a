#pragma once
// Toolchain: where the compiler, the symbolizer and ownlings_test.h are, and
// a fingerprint of them for the grade cache.

#include "app/course/grading/grade_request.h"

#include <QString>

namespace ownlings::course {

struct Toolchain {
    QString compiler;    ///< clang++-19
    QString symbolizer;  ///< llvm-symbolizer-19, for sanitizer stack traces; may be empty
    QString includeDir;  ///< folder holding ownlings_test.h
    QString fingerprint; ///< `clang++ --version`, the Ownlings version and the test header's hash
    QString error;       ///< why programs cannot be compiled here; empty when the compiler works
    QString headerError; ///< why test exercises cannot be built (ownlings_test.h missing); empty when found

    bool usable() const { return error.isEmpty(); }
    /// Why exercises graded in `mode` cannot be graded here; empty when they can.
    QString problemFor(GradeMode mode) const;
};

/// Finds the toolchain once per process (thread-safe): clang++-19 on PATH or
/// in /usr/lib/llvm-19/bin, ownlings_test.h in ../share/ownlings/include next
/// to the running binary (built or installed).
const Toolchain& detectToolchain();

/// The Ownlings version compiled into the course library.
QString ownlingsVersion();

} // namespace ownlings::course
