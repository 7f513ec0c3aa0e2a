#pragma once
// The words of the borrow checker's findings, in the manner of rustc.

#include "engine/diagnostics/diagnostic.h"
#include "engine/ir/borrows.h"

namespace clang {
class Expr;
class Stmt;
class ValueDecl;
} // namespace clang

namespace ownlings::engine {

struct FunctionContext;

/// A stale loan used at `use`: dangling-reference, dangling-temporary,
/// invalidated-reference, move-while-borrowed or use-after-delete, by the event.
Diagnostic staleUseReport(const FunctionContext& context, const clang::Expr* use, const Loan& loan,
                          const LoanEvent& event);

/// `return` of a loan on a local, a by-value parameter or a temporary.
Diagnostic returnedLoanReport(const FunctionContext& context, const clang::Stmt* ret, const Loan& loan);

/// A lambda capturing `loan`'s variable by reference escapes at `site`.
/// `how` says where it goes ("is returned", "is stored in `on_exit`", ...).
Diagnostic escapingCaptureReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const std::string& how);

/// A pointer given to a second owner at `site`; `firstOwner` is where the first took it (may be null).
Diagnostic doubleOwnershipReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const clang::Stmt* firstOwner, bool byDelete);

/// The last pointer to `allocation` is lost at `exit` (a return, continue, `}`, or,
/// when `overwritten`, an assignment of a new value).
Diagnostic leakReport(const FunctionContext& context, const clang::Stmt* exit, const clang::Expr* allocation,
                      const clang::ValueDecl* holder, bool overwritten);

} // namespace ownlings::engine
