#pragma once
// What an expression borrows: the loans carried by its value (a pointer, view,
// iterator, lambda or a class holding those) or held by a reference bound to it.
// Function results follow Rust's lifetime elision applied to C++ signatures.

#include "engine/ir/borrows.h"

#include <vector>

namespace clang {
class CallExpr;
class Expr;
} // namespace clang

namespace ownlings::engine {

/// Evaluates expressions to loan sets against a dataflow state. New loans are
/// interned in `tables`, keyed by the expression where the borrow starts, so
/// evaluating the same expression again yields the same loans.
class BorrowValues {
public:
    explicit BorrowValues(BorrowTables& tables);

    /// Loans carried by the value of `expr`.
    LoanSet valueOf(const clang::Expr* expr, const BorrowState& state);
    /// Loans a reference bound to the glvalue `expr` would hold.
    LoanSet referentOf(const clang::Expr* expr, const BorrowState& state);
    /// Loans read out of the object the glvalue `expr` names (a pointer stored in it, say).
    LoanSet readValue(const clang::Expr* expr, const BorrowState& state);
    /// Local places a glvalue may name, directly or through references held in `state`.
    std::vector<Place> placesNamed(const clang::Expr* expr, const BorrowState& state);
    /// Loans of a call's result (empty when the result type cannot borrow).
    LoanSet callResult(const clang::CallExpr* call, const BorrowState& state);
    /// Loans on `place` of `kind` that start at `site` (through references, what they refer to).
    LoanSet borrowPlace(const Place& place, LoanKind kind, const clang::Expr* site, const BorrowState& state);

private:
    LoanSet rekind(const LoanSet& loans, LoanKind kind, const clang::Expr* site);
    /// The same loans, starting at `site` instead (`&x` rather than `x`).
    LoanSet rekindKeepingKind(const LoanSet& loans, const clang::Expr* site);
    LoanSet readThrough(const LoanSet& loans, const BorrowState& state);
    LoanSet castValue(const clang::Expr* cast, const BorrowState& state);
    LoanSet constructValue(const clang::Expr* construct, const BorrowState& state);
    LoanSet lambdaValue(const clang::Expr* lambda, const BorrowState& state);
    LoanSet memberCallResult(const clang::Expr* object, const clang::CallExpr* call, const BorrowState& state);
    LoanSet freeCallResult(const clang::CallExpr* call, unsigned firstArg, const BorrowState& state);
    LoanSet ownerElements(const clang::Expr* object, LoanKind kind, const clang::Expr* site, const BorrowState& state);
    LoanSet temporary(const clang::Expr* temp, LoanKind kind, const clang::Expr* site);

    BorrowTables& m_tables;
};

} // namespace ownlings::engine
