#pragma once
// Which by-reference captures a local lambda moves from, so that calling the
// lambda counts as moving them (Rust's FnOnce closures).

#include <map>
#include <vector>

namespace clang {
class Stmt;
class ValueDecl;
class VarDecl;
} // namespace clang

namespace ownlings::engine {

/// For each local variable initialised with a lambda in `body`: the variables
/// the lambda captures by reference and moves from in its body.
std::map<const clang::VarDecl*, std::vector<const clang::ValueDecl*>> closureMoves(const clang::Stmt* body);

/// The closure variable called by `stmt` (`flush` in `flush()`), or nullptr.
const clang::VarDecl* calledClosure(const clang::Stmt* stmt);

} // namespace ownlings::engine
