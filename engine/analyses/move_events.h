#pragma once
// What a statement means for moves: is this std::move a real move, is this
// mention of a variable a use, does this call give a variable a new value.

#include "engine/ir/place.h"

#include <vector>

namespace clang {
class CallExpr;
class Expr;
class ParentMap;
class QualType;
class Stmt;
class VarDecl;
} // namespace clang

namespace ownlings::engine {

/// Where the value of a `std::move(x)`, `std::forward<T>(x)` or `static_cast<T&&>(x)` goes.
struct MoveConsumer {
    bool moves = false; ///< bound to a by-value or rvalue-reference parameter, a move constructor or assignment
    const clang::VarDecl* intoVariable = nullptr; ///< `owner` in `auto owner = std::move(name);`
    const clang::Expr* intoExpression = nullptr;  ///< `owner` in `owner = std::move(name);`
};

/// Decides whether the rvalue cast `cast` is consumed by a move. Binding to a
/// `const T&` parameter, to a reference variable or to nothing moves nothing.
/// Inside templates, a cast whose consumer is still dependent counts as a move.
MoveConsumer classifyMoveCast(const clang::Expr* cast, const clang::ParentMap& parents);

/// The type of the parameter a cast's value is bound to, when the cast is an
/// argument of a call or constructor (`const std::string&` in `log(std::move(s))`).
std::optional<clang::QualType> receivingParameterType(const clang::Expr* cast, const clang::ParentMap& parents);

/// How an expression naming a tracked place is used.
enum class PlaceAccess {
    Read,       ///< any read, call, copy, borrow: a use of a moved-from value is an error
    MoveOperand, ///< the operand of std::move/std::forward: handled at the cast
    Reinit,     ///< the target of an assignment or of reset()/clear()/assign()/emplace(): handled at the call
    NullTest,   ///< a smart pointer compared with null, tested in a condition or asked for get() in such a test
};

/// Classifies the mention `expr` (the outermost expression of the place path) by its parent.
PlaceAccess classifyPlaceAccess(const clang::Expr* expr, const clang::ParentMap& parents);

/// True when `expr` names a place and no enclosing member access extends the path
/// (`o` in `o.name` is not outermost; `o.name` is, also in `o.name.size()`).
bool isOutermostPlaceExpr(const clang::Expr* expr, const clang::ParentMap& parents);

/// A branch condition that tests a smart pointer for null.
struct SmartPointerTest {
    Place place;
    bool nonNullWhenTrue = true; ///< `if (p)`, `p != nullptr`; false for `!p`, `p == nullptr`
};

/// Recognises `p`, `!p`, `p.get()`, `p == nullptr`, `nullptr != p` ... on a smart pointer place.
std::optional<SmartPointerTest> smartPointerTest(const clang::Expr* condition);

/// The container a call may rearrange (`v` in `v.push_back(x)`, `v.erase(it)`),
/// whose constant-index elements then no longer name the same objects.
std::optional<Place> modifiedContainer(const clang::Stmt* stmt);

/// The places `stmt` gives a new value: the left side of `=`, the object of
/// reset()/clear()/assign()/emplace(), the target of std::swap, std::getline or `>>`.
std::vector<Place> reinitializedPlaces(const clang::Stmt* stmt);

} // namespace ownlings::engine
