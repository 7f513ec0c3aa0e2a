#pragma once
// Small questions about Clang AST nodes that several analyses ask.

#include <string_view>

namespace clang {
class CallExpr;
class Expr;
class FunctionDecl;
class ParentMap;
class QualType;
class Stmt;
} // namespace clang

namespace ownlings::engine {

/// The nearest ancestor that is not a parenthesis, implicit cast, full-expression
/// wrapper or temporary-materialisation node. Also reports the child it was reached from.
const clang::Stmt* meaningfulParent(const clang::ParentMap& parents, const clang::Stmt* stmt,
                                    const clang::Stmt** child = nullptr);

/// True for a call to `std::<name>` with `args` arguments, also when the call is
/// still unresolved inside a template.
bool isStdCall(const clang::CallExpr* call, std::string_view name, unsigned args);

/// `std::move(x)` or `std::forward<T>(x)`: the one-argument casts to an rvalue.
bool isMoveCast(const clang::CallExpr* call);

/// The operand of a cast to an rvalue: `x` in `std::move(x)`, `std::forward<T>(x)`,
/// `static_cast<T&&>(x)` or `(T&&)x`; nullptr for any other expression.
const clang::Expr* rvalueCastOperand(const clang::Stmt* stmt);

/// The callee's name, or "" (operators, calls through pointers).
std::string_view calleeName(const clang::CallExpr* call);

/// `expr` without parentheses and implicit casts, but keeping temporaries
/// visible (unlike Expr::IgnoreParenImpCasts, which looks through them).
const clang::Expr* stripImplicitCasts(const clang::Expr* expr);

/// `expr` without implicit casts and converting or copying constructors
/// (`it` in `list.erase(it)`, where `it` becomes a const_iterator).
const clang::Expr* stripConversions(const clang::Expr* expr);

/// True when `expr` is only tested for truth: the condition of `if`, `while`,
/// `for`, `do` or `?:`, or an operand of `!`, `&&`, `||`.
bool isTestedForTruth(const clang::ParentMap& parents, const clang::Expr* expr);

/// True for `x == nullptr`, `x != 0`, `NULL == x` and the like (built-in or overloaded).
bool isNullComparison(const clang::Stmt* stmt);

/// True for a function declared in a system header (the standard library, libc):
/// its body, if any, is library internals, not the learner's code.
bool isLibraryFunction(const clang::FunctionDecl* fn);

/// True when `type` (references stripped) is a class from namespace std whose
/// name is one of `names`, e.g. {"unique_ptr", "shared_ptr"}.
bool isStdClass(clang::QualType type, std::initializer_list<std::string_view> names);

/// True for std::unique_ptr, std::shared_ptr and std::weak_ptr.
bool isSmartPointer(clang::QualType type);

} // namespace ownlings::engine
