#pragma once
// The words of exclusive-mutable-borrow findings, in the manner of rustc's
// E0499 (two mutable borrows) and E0502 (a mutable and a shared borrow).

#include "engine/diagnostics/diagnostic.h"

#include <string>

namespace clang {
class Expr;
class Stmt;
} // namespace clang

namespace ownlings::engine {

struct FunctionContext;

/// One argument of a call that borrows the object.
struct BorrowingArgument {
    const clang::Expr* expr = nullptr;
    bool mutableBorrow = false;
    std::string parameter; ///< the parameter it binds to (`out`), or "" for the object a method is called on
};

/// One call borrows the same object through two arguments, at least one mutably.
struct AliasedCall {
    std::string object;      ///< what both arguments borrow (`word`)
    std::string callee;      ///< `append_twice`
    SourceSpan calleeSpan;   ///< the callee's name in the call
    BorrowingArgument first; ///< in source order
    BorrowingArgument second;
};

/// A non-const reference or pointer `holder` to `object` is live while the
/// object is used directly (`conflict`), and is used again later (`later`).
struct LiveBorrowConflict {
    std::string object;
    std::string holder;
    bool holderIsWhole = false;          ///< `holder` names all of `object`, not an element or a part of it
    const clang::Stmt* borrow = nullptr; ///< where `holder` got its borrow (may be null)
    const clang::Expr* conflict = nullptr;
    bool conflictWrites = false;
    const clang::Expr* later = nullptr;
    bool nextIteration = false; ///< the later use runs in the next iteration of a loop
};

Diagnostic aliasedCallReport(const FunctionContext& context, const AliasedCall& call);
Diagnostic liveBorrowConflictReport(const FunctionContext& context, const LiveBorrowConflict& conflict);

} // namespace ownlings::engine
