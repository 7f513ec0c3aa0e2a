#pragma once
// Toolchain: where the compiler, the symbolizer and ownlings_test.h are, and
// a fingerprint of them for the grade cache.

#include <QString>

namespace ownlings::course {

struct Toolchain {
    QString compiler;    ///< clang++-19
    QString symbolizer;  ///< llvm-symbolizer-19, for sanitizer stack traces; may be empty
    QString includeDir;  ///< folder holding ownlings_test.h
    QString fingerprint; ///< `clang++ --version`, the Ownlings version and the test header's hash
    QString error;       ///< why grading programs is impossible here; empty when all is found

    bool usable() const { return error.isEmpty(); }
};

/// Finds the toolchain once per process (thread-safe): clang++-19 on PATH or
/// in /usr/lib/llvm-19/bin, ownlings_test.h in ../share/ownlings/include next
/// to the running binary (built or installed).
const Toolchain& detectToolchain();

/// The Ownlings version compiled into the course library.
QString ownlingsVersion();

} // namespace ownlings::course
