#pragma once
// Parsing one source buffer into a Clang AST (clang::ASTUnit), keeping Clang's
// own errors as Diagnostics and, for re-checks, a precompiled preamble.

#include "engine/diagnostics/diagnostic.h"

#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTUnit;
}

namespace ownlings::engine {

/// What one parse produced. `ast` is owned by the parser and stays valid until
/// its next parse; it is null when Clang could not build an AST at all.
struct ParseResult {
    clang::ASTUnit* ast = nullptr;
    std::vector<Diagnostic> errors; ///< Clang's errors, notes folded in; empty when it compiles
    std::string failure;            ///< set when there is no AST: why
};

/// Parses C++20 source against the system's libstdc++. With `keepPreamble`, the
/// headers at the top of the file are precompiled once and reused by later parses
/// of the same file with the same flags (the editor's re-check path).
/// Not thread-safe: use one parser per thread.
class TranslationUnitParser {
public:
    explicit TranslationUnitParser(bool keepPreamble);
    ~TranslationUnitParser();
    TranslationUnitParser(const TranslationUnitParser&) = delete;
    TranslationUnitParser& operator=(const TranslationUnitParser&) = delete;

    /// Parses `source` as if it were the file at `path` (which need not exist;
    /// quoted includes resolve relative to its folder). `displayPath` names the
    /// file in diagnostics. `extraArgs` are compiler flags such as -I, -D, -std=.
    ParseResult parse(const std::string& source, const std::string& path, const std::string& displayPath,
                      const std::vector<std::string>& extraArgs);

private:
    bool canReparse(const std::vector<std::string>& args) const;

    bool m_keepPreamble;
    std::unique_ptr<clang::ASTUnit> m_unit;
    std::vector<std::string> m_args;
};

} // namespace ownlings::engine
