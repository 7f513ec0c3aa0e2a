#pragma once
// What an expression borrows: the loans carried by its value (a pointer, view,
// iterator, lambda or a class holding those) or held by a reference bound to it.
// A call of a function written in this file borrows what its body's returns
// borrow; other calls follow Rust's lifetime elision applied to C++ signatures.

#include "engine/ir/borrows.h"

#include <vector>

namespace clang {
class CallExpr;
class Expr;
class QualType;
} // namespace clang

namespace ownlings::engine {

class SummaryCache;

/// Evaluates expressions to loans against a dataflow state. New loans are
/// interned in `tables`, keyed by the expression where the borrow starts, so
/// evaluating the same expression again yields the same loans. Loans read out
/// of a holder keep what may have ended them on the way.
class BorrowValues {
public:
    BorrowValues(BorrowTables& tables, SummaryCache* summaries);

    /// Loans carried by the value of `expr`.
    Loans valueOf(const clang::Expr* expr, const BorrowState& state);
    /// Loans a reference bound to the glvalue `expr` would hold.
    Loans referentOf(const clang::Expr* expr, const BorrowState& state);
    /// Loans read out of the object the glvalue `expr` names (a pointer stored in it, say).
    Loans readValue(const clang::Expr* expr, const BorrowState& state);
    /// Loans read out of the objects `loans` refer to.
    Loans readThrough(const Loans& loans, const BorrowState& state, int depth = 0);
    /// Places a glvalue may name, directly or through references held in `state`.
    std::vector<Place> placesNamed(const clang::Expr* expr, const BorrowState& state);
    /// Like placesNamed(), but a reference to an element names that element, not its
    /// container: `w += "!"` in `for (auto& w : words)` changes a string and leaves
    /// `words` and its iterators alone (what the element holds still counts as held by `words`).
    std::vector<Place> wholeObjectsNamed(const clang::Expr* expr, const BorrowState& state);
    /// Loans of a call's result (empty when the result type cannot borrow).
    Loans callResult(const clang::CallExpr* call, const BorrowState& state);
    /// Loans on `place` of `kind` that start at `site` (through a reference, what it refers to).
    Loans borrowPlace(const Place& place, LoanKind kind, const clang::Expr* site, const BorrowState& state);

private:
    std::vector<Place> namedPlaces(const clang::Expr* expr, const BorrowState& state, bool throughElements);
    Loans rekind(const Loans& loans, std::optional<LoanKind> kind, const clang::Expr* site, bool summary = false);
    Loans fresh(const Loan& loan);
    /// The loans of `*pointer` (or `pointer->`), made at `site`.
    Loans pointee(const Loans& pointer, const clang::Expr* site);
    Loans castValue(const clang::Expr* cast, const BorrowState& state);
    Loans constructValue(const clang::Expr* construct, const BorrowState& state);
    Loans lambdaValue(const clang::Expr* lambda, const BorrowState& state);
    Loans memberCallResult(const clang::Expr* object, const clang::CallExpr* call, const BorrowState& state);
    Loans smartPointerResult(const clang::Expr* object, const clang::CallExpr* call);
    Loans summarisedResult(const clang::CallExpr* call, const clang::Expr* object, unsigned firstArg,
                           const BorrowState& state, bool& known);
    Loans elidedResult(const clang::CallExpr* call, unsigned firstArg, const BorrowState& state);
    Loans ownerElements(const clang::Expr* object, LoanKind kind, const clang::Expr* site, const BorrowState& state);
    Loans temporary(const clang::Expr* temp, LoanKind kind, const clang::Expr* site);

    BorrowTables& m_tables;
    SummaryCache* m_summaries;
};

/// True when a `result` pointer or reference could point into an object of type `from`
/// (the same type, or a class, container or array holding one).
bool mayPointInto(clang::QualType result, clang::QualType from);

} // namespace ownlings::engine
