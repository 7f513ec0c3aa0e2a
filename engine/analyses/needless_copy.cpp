// needless-copy, a discipline rule: a by-value parameter that is only read should be borrowed.
//
// A parameter counts as only read when every mention of it reads: a const
// member call, a member read, passing it on by value or `const&`, copying
// it. Moving it, returning it, changing it, binding a non-const reference or
// pointer to it, or handing its iterators to an algorithm that may write
// through them all mean the copy is used as the function's own object.
#include "engine/analyses/needless_copy.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/move_events.h"
#include "engine/analyses/syntax_walk.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/StmtCXX.h>

#include <array>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::dyn_cast_or_null;
using clang::isa;

/// Members that only look, even when the non-const overload is the one called.
constexpr std::array<std::string_view, 32> kLookingMembers{
    "size", "length", "empty", "begin", "end", "cbegin", "cend", "rbegin", "rend", "crbegin", "crend",
    "front", "back", "at", "operator[]", "find", "rfind", "count", "contains", "data", "c_str", "substr",
    "compare", "starts_with", "ends_with", "find_first_of", "find_last_of", "find_first_not_of",
    "find_last_not_of", "capacity", "lower_bound", "upper_bound"};

/// Algorithms that only read the ranges they are given.
constexpr std::array<std::string_view, 26> kReadingAlgorithms{
    "count", "count_if", "find", "find_if", "find_if_not", "all_of", "any_of", "none_of", "accumulate",
    "reduce", "equal", "mismatch", "search", "min_element", "max_element", "minmax_element", "distance",
    "copy", "copy_if", "transform", "is_sorted", "binary_search", "lower_bound", "upper_bound", "for_each",
    "inner_product"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view name) {
    for (std::string_view entry : list)
        if (entry == name) return true;
    return false;
}

std::string_view memberName(const clang::CXXMethodDecl* method) {
    if (!method) return {};
    if (method->getOverloadedOperator() == clang::OO_Subscript) return "operator[]";
    if (!method->getIdentifier()) return {};
    return {method->getName().data(), method->getName().size()};
}

/// A member that only looks at its object. `map::operator[]` is not one: it inserts missing keys.
bool onlyLooks(const clang::CXXMethodDecl* method) {
    const std::string_view name = memberName(method);
    if (!listed(kLookingMembers, name)) return false;
    if (name != "operator[]") return true;
    const ContainerFamily family = containerFamily(clang::QualType(method->getParent()->getTypeForDecl(), 0));
    return family != ContainerFamily::Node && family != ContainerFamily::Unordered;
}

/// Types where a copy is cheap, impossible, or the point (handles, views, callables, owners of threads).
bool worthBorrowing(clang::QualType type) {
    if (type->isDependentType() || !type->isRecordType()) return false;
    if (isViewType(type) || isIteratorType(type) || isSmartPointer(type) || isCallableHolder(type)) return false;
    const clang::CXXRecordDecl* record = type->getAsCXXRecordDecl();
    if (!record || !record->hasDefinition() || record->isLambda()) return false;
    if (record->hasTrivialCopyConstructor() || !record->hasNonTrivialCopyConstructor()) return false;
    for (const clang::CXXConstructorDecl* ctor : record->ctors())
        if (ctor->isCopyConstructor() && ctor->isDeleted()) return false;
    return true;
}

class ReadOnlyCheck {
public:
    explicit ReadOnlyCheck(const clang::ParentMap& parents) : m_parents(parents) {}

    /// True when the value of `expr` (a mention of the parameter or something
    /// obtained from it) is only read where it appears.
    bool readOnly(const clang::Expr* expr, int depth = 0) const {
        if (depth > 6) return false;
        const clang::Stmt* child = nullptr;
        const clang::Stmt* parent = meaningfulParent(m_parents, expr, &child);
        if (!parent) return true;
        if (const auto* member = dyn_cast<clang::MemberExpr>(parent)) return memberReadOnly(member, depth);
        if (rvalueCastOperand(parent) || isa<clang::LambdaExpr>(parent)) return false;
        // Returning the parameter itself moves it out; returning a member or an element copies it.
        if (isa<clang::ReturnStmt>(parent)) return depth > 0 || !isa<clang::DeclRefExpr>(expr->IgnoreParenImpCasts());
        if (const auto* unary = dyn_cast<clang::UnaryOperator>(parent))
            return !unary->isIncrementDecrementOp() && unary->getOpcode() != clang::UO_AddrOf;
        if (const auto* binary = dyn_cast<clang::BinaryOperator>(parent))
            return !(binary->isAssignmentOp() && binary->getLHS() == child);
        if (const auto* decl = dyn_cast<clang::DeclStmt>(parent)) return declarationReadOnly(decl, child);
        if (isa<clang::CXXConstructExpr>(parent)) return bindsReadOnly(receivingType(child));
        if (const auto* call = dyn_cast<clang::CallExpr>(parent)) return callReadOnly(call, child, depth);
        return isa<clang::Expr>(parent) && !isa<clang::CompoundAssignOperator>(parent);
    }

private:
    bool memberReadOnly(const clang::MemberExpr* member, int depth) const {
        if (isa<clang::FieldDecl>(member->getMemberDecl())) return readOnly(member, depth + 1);
        const auto* call = dyn_cast_or_null<clang::CXXMemberCallExpr>(meaningfulParent(m_parents, member));
        const auto* method = call ? call->getMethodDecl() : nullptr;
        if (!method) return false;
        if (method->isConst()) return true;
        return onlyLooks(method) && resultReadOnly(call, depth);
    }

    /// What a looking member returned (an element, an iterator) is itself only read.
    bool resultReadOnly(const clang::CallExpr* call, int depth) const {
        const clang::QualType type = call->getType();
        if (isIteratorType(type)) return iteratorReadOnly(call);
        if (call->isLValue() && !type.isConstQualified() && !type->isRecordType()) return readOnly(call, depth + 1);
        return call->isLValue() ? readOnly(call, depth + 1) : true;
    }

    bool iteratorReadOnly(const clang::Expr* iterator) const {
        const clang::Stmt* child = nullptr;
        const auto* call = dyn_cast_or_null<clang::CallExpr>(meaningfulParent(m_parents, iterator, &child));
        if (!call || !call->getDirectCallee() || !call->getDirectCallee()->isInStdNamespace()) return false;
        return listed(kReadingAlgorithms, calleeName(call));
    }

    bool declarationReadOnly(const clang::DeclStmt* decl, const clang::Stmt* child) const {
        for (const clang::Decl* d : decl->decls()) {
            const auto* var = dyn_cast<clang::VarDecl>(d);
            if (!var || var->getInit() != child) continue;
            if (const auto* loop = dyn_cast_or_null<clang::CXXForRangeStmt>(m_parents.getParent(decl)))
                return bindsReadOnly(loop->getLoopVariable()->getType()); // `for (x : param)`: what the loop variable binds
            return bindsReadOnly(var->getType());
        }
        return true;
    }

    bool callReadOnly(const clang::CallExpr* call, const clang::Stmt* child, int depth) const {
        const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
        if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic() && call->getArg(0) == child) {
            if (method->isConst()) return true;
            return onlyLooks(method) && resultReadOnly(call, depth);
        }
        if (!call->getDirectCallee()) return false;
        return bindsReadOnly(receivingType(child));
    }

    /// The parameter type the argument `child` binds to.
    std::optional<clang::QualType> receivingType(const clang::Stmt* child) const {
        const auto* arg = dyn_cast<clang::Expr>(child);
        return arg ? receivingParameterType(arg, m_parents) : std::nullopt;
    }

    /// Binding by value or `const&` only reads; `T&`, `T&&` and unknown bindings may change or take it.
    static bool bindsReadOnly(std::optional<clang::QualType> type) {
        if (!type) return false;
        if ((*type)->isRValueReferenceType()) return false;
        if ((*type)->isLValueReferenceType()) return (*type)->getPointeeType().isConstQualified();
        return true;
    }

    const clang::ParentMap& m_parents;
};

bool skippedFunction(const clang::FunctionDecl& fn) {
    if (fn.isMain() || fn.isDeleted() || fn.isDefaulted() || fn.isTemplated()) return true;
    if (const auto* method = dyn_cast<clang::CXXMethodDecl>(&fn)) {
        if (method->isVirtual()) return true; // the signature is fixed by the base class
        if (const auto* ctor = dyn_cast<clang::CXXConstructorDecl>(method); ctor && ctor->isCopyOrMoveConstructor()) return true;
        if (method->isCopyAssignmentOperator() || method->isMoveAssignmentOperator()) return true;
    }
    return false;
}

Diagnostic report(const FunctionContext& context, const clang::ParmVarDecl& param) {
    Diagnostic d;
    d.rule = RuleId::NeedlessCopy;
    d.severity = severityOf(RuleId::NeedlessCopy);
    const std::string name = param.getNameAsString();
    const std::string type = param.getType().getAsString(context.ast.getPrintingPolicy());
    d.message = "`" + name + "` is copied for every call but only read";
    d.primary = context.spans.span(param.getSourceRange());
    d.primaryLabel = "taken by value: the caller's `" + type + "` is copied here";
    d.notes.push_back("the function never changes, moves or keeps `" + name + "`, so a borrow would do (in Rust: `&T` "
                      "instead of cloning)");
    d.help = "take it by `const " + type + "&`" +
             (type == "std::string" ? " (or as a `std::string_view`)" : std::string()) + " instead";
    return d;
}

} // namespace

void runNeedlessCopy(const FunctionContext& context) {
    const clang::FunctionDecl& fn = *context.body.decl;
    if (skippedFunction(fn)) return;
    const ReadOnlyCheck check(*context.body.parents);
    for (const clang::ParmVarDecl* param : fn.parameters()) {
        if (!param->getIdentifier() || !worthBorrowing(param->getType())) continue;
        bool used = false;
        bool onlyRead = true;
        forEachStatement(fn, [&](const clang::Stmt* stmt) {
            const auto* ref = dyn_cast<clang::DeclRefExpr>(stmt);
            if (!ref || ref->getDecl() != param || !onlyRead) return;
            used = true;
            onlyRead = check.readOnly(ref);
        });
        if (used && onlyRead) context.report(report(context, *param));
    }
}

} // namespace ownlings::engine
