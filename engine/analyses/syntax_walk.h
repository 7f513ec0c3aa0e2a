#pragma once
// Visiting every statement a function runs: its body and, for a constructor,
// its member initialisers. Lambda bodies are left to their own analysis.

#include <functional>

namespace clang {
class FunctionDecl;
class Stmt;
} // namespace clang

namespace ownlings::engine {

/// Calls `visit` on every statement and expression of `fn`, parents before children.
void forEachStatement(const clang::FunctionDecl& fn, const std::function<void(const clang::Stmt*)>& visit);

} // namespace ownlings::engine
