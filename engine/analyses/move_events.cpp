// Classifying moves, uses and re-initialisations of places.
#include "engine/analyses/move_events.h"

#include "engine/ir/ast_helpers.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>

#include <algorithm>
#include <array>
#include <optional>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::isa;

/// Member functions after which a moved-from object holds a known value again.
constexpr std::array<std::string_view, 5> kReinitMethods{"clear", "reset", "assign", "emplace", "swap"};

bool isReinitMethod(std::string_view name) {
    return std::find(kReinitMethods.begin(), kReinitMethods.end(), name) != kReinitMethods.end();
}

std::optional<unsigned> argumentIndex(clang::ArrayRef<const clang::Expr*> args, const clang::Stmt* child) {
    for (unsigned i = 0; i < args.size(); ++i)
        if (args[i] == child) return i;
    return std::nullopt;
}

/// Binding to `T&&` (not `const T&&`) moves; by-value parameters get their own
/// CXXConstructExpr, so reaching one here means a non-class value: no move.
bool parameterTakesOwnership(clang::QualType param) {
    if (param.isNull()) return false;
    if (param->isDependentType() && !param->isReferenceType()) return true;
    const auto* rvalue = param->getAs<clang::RValueReferenceType>();
    return rvalue && !rvalue->getPointeeType().isConstQualified();
}

const clang::FunctionProtoType* calleePrototype(const clang::CallExpr* call) {
    if (const clang::FunctionDecl* callee = call->getDirectCallee())
        return callee->getType()->getAs<clang::FunctionProtoType>();
    clang::QualType type = call->getCallee()->getType();
    if (const auto* pointer = type->getAs<clang::PointerType>()) type = pointer->getPointeeType();
    return type->getAs<clang::FunctionProtoType>();
}

/// The parameter type `child` binds to in `call`; nullopt for the object of a member operator or a variadic tail.
std::optional<clang::QualType> callParameterType(const clang::CallExpr* call, const clang::Stmt* child) {
    auto index = argumentIndex({call->getArgs(), call->getNumArgs()}, child);
    if (!index) return std::nullopt;
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic()) {
        if (*index == 0) return std::nullopt;
        --*index;
    }
    const clang::FunctionProtoType* prototype = calleePrototype(call);
    if (!prototype || *index >= prototype->getNumParams()) return std::nullopt;
    return prototype->getParamType(*index);
}

bool callMovesArgument(const clang::CallExpr* call, const clang::Stmt* child) {
    if (call->isTypeDependent() || call->getCallee()->isTypeDependent()) return true;
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic() && call->getNumArgs() > 0 &&
        call->getArg(0) == child)
        return method->getRefQualifier() == clang::RQ_RValue;
    auto param = callParameterType(call, child);
    return param && parameterTakesOwnership(*param);
}

bool constructorMovesArgument(const clang::CXXConstructExpr* construct, const clang::Stmt* child) {
    auto index = argumentIndex({construct->getArgs(), construct->getNumArgs()}, child);
    const clang::CXXConstructorDecl* ctor = construct->getConstructor();
    if (!index || !ctor || *index >= ctor->getNumParams()) return false;
    return parameterTakesOwnership(ctor->getParamDecl(*index)->getType());
}

bool declarationMoves(const clang::DeclStmt* decl, const clang::Stmt* child) {
    for (const clang::Decl* d : decl->decls()) {
        const auto* var = dyn_cast<clang::VarDecl>(d);
        if (var && var->getInit() == child) return !var->getType()->isReferenceType() && var->getType()->isDependentType();
    }
    return false;
}

/// Fills in the variable or assigned expression a move initialises, for help texts.
void findDestination(MoveConsumer& consumer, const clang::Stmt* receiver, const clang::ParentMap& parents) {
    if (const auto* assign = dyn_cast<clang::CXXOperatorCallExpr>(receiver);
        assign && assign->getOperator() == clang::OO_Equal) {
        consumer.intoExpression = assign->getArg(0);
        return;
    }
    const auto* construct = dyn_cast<clang::CXXConstructExpr>(receiver);
    if (!construct || !construct->getConstructor()->isCopyOrMoveConstructor()) return;
    const auto* decl = dyn_cast_or_null<clang::DeclStmt>(meaningfulParent(parents, receiver));
    if (decl && decl->isSingleDecl()) consumer.intoVariable = dyn_cast<clang::VarDecl>(decl->getSingleDecl());
}

bool isBoolConversion(const clang::CXXMethodDecl* method) {
    const auto* conversion = dyn_cast_or_null<clang::CXXConversionDecl>(method);
    return conversion && conversion->getConversionType()->isBooleanType();
}

/// `p` in `if (p)`, `!p`, `p == nullptr`, `p.get() != nullptr`, `p.reset()`.
bool isSmartPointerNullTest(const clang::Expr* expr, const clang::ParentMap& parents) {
    const clang::Stmt* parent = meaningfulParent(parents, expr);
    if (isNullComparison(parent)) return true;
    const auto* member = dyn_cast_or_null<clang::MemberExpr>(parent);
    if (!member) return false;
    const auto* method = dyn_cast<clang::CXXMethodDecl>(member->getMemberDecl());
    if (isBoolConversion(method)) return true;
    if (method && method->getIdentifier() && method->getName() == "get") {
        const auto* call = dyn_cast_or_null<clang::Expr>(meaningfulParent(parents, member));
        return call && (isNullComparison(meaningfulParent(parents, call)) || isTestedForTruth(parents, call));
    }
    return false;
}

bool isReinitMemberCall(const clang::CXXMemberCallExpr* call) {
    const clang::CXXMethodDecl* method = call->getMethodDecl();
    return method && method->getIdentifier() && isReinitMethod(method->getName());
}

/// The expressions `stmt` overwrites, before looking at what places they name.
std::vector<const clang::Expr*> reinitTargets(const clang::Stmt* stmt) {
    using Targets = std::vector<const clang::Expr*>;
    if (const auto* binary = dyn_cast_or_null<clang::BinaryOperator>(stmt))
        return binary->getOpcode() == clang::BO_Assign ? Targets{binary->getLHS()} : Targets{};
    if (const auto* op = dyn_cast_or_null<clang::CXXOperatorCallExpr>(stmt)) {
        if (op->getOperator() == clang::OO_Equal) return {op->getArg(0)};
        if (op->getOperator() == clang::OO_GreaterGreater && op->getNumArgs() == 2) return {op->getArg(1)};
        return {};
    }
    if (const auto* member = dyn_cast_or_null<clang::CXXMemberCallExpr>(stmt))
        return isReinitMemberCall(member) ? Targets{member->getImplicitObjectArgument()} : Targets{};
    if (const auto* call = dyn_cast_or_null<clang::CallExpr>(stmt)) {
        if (isStdCall(call, "swap", 2)) return {call->getArg(0), call->getArg(1)};
        if (isStdCall(call, "getline", 2) || isStdCall(call, "getline", 3)) return {call->getArg(1)};
    }
    return {};
}

bool isReinitTarget(const clang::Stmt* stmt, const clang::Expr* expr) {
    const auto targets = reinitTargets(stmt);
    return std::any_of(targets.begin(), targets.end(),
                       [expr](const clang::Expr* target) { return target->IgnoreParenImpCasts() == expr; });
}

std::optional<Place> smartPointerObject(const clang::Expr* expr) {
    expr = expr->IgnoreParenImpCasts();
    if (const auto* call = dyn_cast<clang::CXXMemberCallExpr>(expr)) {
        const clang::CXXMethodDecl* method = call->getMethodDecl();
        const bool getter = method && method->getIdentifier() && method->getName() == "get";
        if (!getter && !isBoolConversion(method)) return std::nullopt;
        expr = call->getImplicitObjectArgument()->IgnoreParenImpCasts();
    }
    if (!isSmartPointer(expr->getType())) return std::nullopt;
    return placeOf(expr);
}

} // namespace

std::optional<SmartPointerTest> smartPointerTest(const clang::Expr* condition) {
    if (!condition) return std::nullopt;
    condition = condition->IgnoreParenImpCasts();
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(condition); unary && unary->getOpcode() == clang::UO_LNot) {
        auto inner = smartPointerTest(unary->getSubExpr());
        if (inner) inner->nonNullWhenTrue = !inner->nonNullWhenTrue;
        return inner;
    }
    if (const auto* rewritten = dyn_cast<clang::CXXRewrittenBinaryOperator>(condition))
        return smartPointerTest(rewritten->getSemanticForm());
    if (isNullComparison(condition)) {
        const auto* op = dyn_cast<clang::CXXOperatorCallExpr>(condition);
        const auto* builtin = dyn_cast<clang::BinaryOperator>(condition);
        const clang::Expr* lhs = op ? op->getArg(0) : builtin->getLHS();
        const clang::Expr* rhs = op ? op->getArg(1) : builtin->getRHS();
        auto place = smartPointerObject(lhs);
        if (!place) place = smartPointerObject(rhs);
        if (!place) return std::nullopt;
        const bool equal = op ? op->getOperator() == clang::OO_EqualEqual : builtin->getOpcode() == clang::BO_EQ;
        return SmartPointerTest{*place, !equal};
    }
    if (auto place = smartPointerObject(condition)) return SmartPointerTest{*place, true};
    return std::nullopt;
}

MoveConsumer classifyMoveCast(const clang::Expr* cast, const clang::ParentMap& parents) {
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = meaningfulParent(parents, cast, &child);
    bool chosen = false; // `cond ? std::move(a) : b`: the receiver may get `b` instead
    while (const auto* conditional = dyn_cast_or_null<clang::AbstractConditionalOperator>(parent)) {
        if (child == conditional->getCond()) return {};
        parent = meaningfulParent(parents, parent, &child);
        chosen = true;
    }
    if (!parent) return {};
    bool moves = false;
    if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(parent))
        moves = constructorMovesArgument(construct, child);
    else if (const auto* call = dyn_cast<clang::CallExpr>(parent))
        moves = callMovesArgument(call, child);
    else if (const auto* member = dyn_cast<clang::MemberExpr>(parent)) {
        const auto* method = dyn_cast<clang::CXXMethodDecl>(member->getMemberDecl());
        moves = method && method->getRefQualifier() == clang::RQ_RValue;
    } else if (isa<clang::CXXUnresolvedConstructExpr, clang::ParenListExpr, clang::CXXDependentScopeMemberExpr>(parent))
        moves = true;
    else if (const auto* list = dyn_cast<clang::InitListExpr>(parent))
        moves = list->isTypeDependent();
    else if (const auto* decl = dyn_cast<clang::DeclStmt>(parent))
        moves = declarationMoves(decl, child);
    else if (const auto* binary = dyn_cast<clang::BinaryOperator>(parent))
        moves = binary->isAssignmentOp() && binary->getRHS() == child && binary->getLHS()->isTypeDependent();
    MoveConsumer consumer;
    consumer.moves = moves;
    if (moves && !chosen) findDestination(consumer, parent, parents);
    return consumer;
}

std::optional<clang::QualType> receivingParameterType(const clang::Expr* cast, const clang::ParentMap& parents) {
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = meaningfulParent(parents, cast, &child);
    if (const auto* construct = dyn_cast_or_null<clang::CXXConstructExpr>(parent)) {
        auto index = argumentIndex({construct->getArgs(), construct->getNumArgs()}, child);
        const clang::CXXConstructorDecl* ctor = construct->getConstructor();
        if (!index || !ctor || *index >= ctor->getNumParams()) return std::nullopt;
        return ctor->getParamDecl(*index)->getType();
    }
    if (const auto* call = dyn_cast_or_null<clang::CallExpr>(parent); call && !call->isTypeDependent())
        return callParameterType(call, child);
    return std::nullopt;
}

bool isOutermostPlaceExpr(const clang::Expr* expr, const clang::ParentMap& parents) {
    if (!placeOf(expr)) return false;
    const auto* parent = dyn_cast_or_null<clang::Expr>(meaningfulParent(parents, expr));
    if (const auto* member = dyn_cast_or_null<clang::MemberExpr>(parent); member && !isa<clang::FieldDecl>(member->getMemberDecl()))
        parent = dyn_cast_or_null<clang::Expr>(meaningfulParent(parents, parent)); // `v.at(0)`: the call names the element
    return !(parent && placeOf(parent));
}

std::optional<Place> modifiedContainer(const clang::Stmt* stmt) {
    const auto* call = dyn_cast<clang::CXXMemberCallExpr>(stmt);
    const clang::CXXMethodDecl* method = call ? call->getMethodDecl() : nullptr;
    if (!method || method->isConst() || !method->getParent()->isInStdNamespace()) return std::nullopt;
    const clang::OverloadedOperatorKind op = method->getOverloadedOperator();
    const std::string_view name = method->getIdentifier() ? calleeName(call) : "";
    if (op == clang::OO_Subscript || name == "at" || name == "front" || name == "back" || name == "find" ||
        name == "begin" || name == "end" || name == "data")
        return std::nullopt;
    return placeOf(call->getImplicitObjectArgument());
}

PlaceAccess classifyPlaceAccess(const clang::Expr* expr, const clang::ParentMap& parents) {
    const clang::Stmt* parent = meaningfulParent(parents, expr);
    if (rvalueCastOperand(parent)) return PlaceAccess::MoveOperand;
    const clang::Expr* mention = expr->IgnoreParenImpCasts();
    if (isReinitTarget(parent, mention)) return PlaceAccess::Reinit;
    if (isa_and_nonnull<clang::MemberExpr>(parent) && isReinitTarget(meaningfulParent(parents, parent), mention))
        return PlaceAccess::Reinit;
    if (isSmartPointer(expr->getType()) && isSmartPointerNullTest(expr, parents)) return PlaceAccess::NullTest;
    return PlaceAccess::Read;
}

std::vector<Place> reinitializedPlaces(const clang::Stmt* stmt) {
    std::vector<Place> places;
    for (const clang::Expr* target : reinitTargets(stmt))
        if (auto place = placeOf(target)) places.push_back(std::move(*place));
    return places;
}

} // namespace ownlings::engine
