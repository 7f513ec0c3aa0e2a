# `cpack -G DEB` from a build folder builds ownlings_<version>_<arch>.deb.
# Shared libraries the binaries link to are found by dpkg-shlibdeps; the
# Depends below are what is loaded or run without being linked.
set(CPACK_PACKAGE_NAME "ownlings")
set(CPACK_PACKAGE_VENDOR "The Ownlings team")
set(CPACK_PACKAGE_CONTACT "The Ownlings team <ownlings@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Ownlings teaches ownership, borrowing and lifetimes the way Rustlings and the Rust Book teach Rust, but in C++: a course of lessons, exercises and quizzes, an ownership checker with rustc-style diagnostics, and grading with the compiler, sanitizers and tests. This package holds the desktop app (ownlings-gui), the command line (ownlings) and the default course.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "ownlings")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(OWNLINGS_RUNTIME_DEPENDS
    "libqt6sql6-sqlite"   # the SQLite driver of the progress store is a Qt plugin
    "clang-19"            # compiles the learner's code; its headers are the checker's resource dir
    "libclang-rt-19-dev"  # the AddressSanitizer and UBSan runtimes grading links against
    "llvm-19"             # llvm-symbolizer for readable sanitizer stack traces
)
list(JOIN OWNLINGS_RUNTIME_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "bubblewrap") # sandboxes the learner's programs when present

include(CPack)
