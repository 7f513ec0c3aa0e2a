// Recognising places in expressions.
#include "engine/ir/place.h"

#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

#include <algorithm>

namespace ownlings::engine {
namespace {

bool isTrackedRoot(const clang::ValueDecl* decl) {
    if (llvm::isa<clang::BindingDecl>(decl)) return true;
    const auto* var = llvm::dyn_cast<clang::VarDecl>(decl);
    return var && (var->hasLocalStorage() || llvm::isa<clang::ParmVarDecl>(var));
}

std::optional<Place> rootPlace(const clang::Expr* expr) {
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
        if (!isTrackedRoot(ref->getDecl())) return std::nullopt;
        return Place{ref->getDecl(), {}};
    }
    if (llvm::isa<clang::CXXThisExpr>(expr)) return Place{nullptr, {}};
    return std::nullopt;
}

/// `0`, `"admins"`, `'x'`, an enumerator or a constant: an index that names one element.
std::optional<std::string> constantKey(const clang::Expr* key) {
    key = key->IgnoreImplicit();
    // std::string("admins") as a map key: the literal, whatever default arguments follow it.
    if (const auto* construct = llvm::dyn_cast<clang::CXXConstructExpr>(key); construct && construct->getNumArgs() >= 1 &&
        (construct->getNumArgs() == 1 || llvm::isa<clang::CXXDefaultArgExpr>(construct->getArg(1))))
        key = construct->getArg(0)->IgnoreImplicit();
    if (const auto* integer = llvm::dyn_cast<clang::IntegerLiteral>(key))
        return std::to_string(integer->getValue().getLimitedValue());
    if (const auto* text = llvm::dyn_cast<clang::StringLiteral>(key)) return "\"" + text->getBytes().str() + "\"";
    if (const auto* character = llvm::dyn_cast<clang::CharacterLiteral>(key))
        return "'" + std::to_string(character->getValue()) + "'";
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(key)) {
        const auto* var = llvm::dyn_cast<clang::VarDecl>(ref->getDecl());
        if (llvm::isa<clang::EnumConstantDecl>(ref->getDecl()) || (var && var->getType().isConstQualified() && var->getInit()))
            return ref->getDecl()->getNameAsString();
    }
    return std::nullopt;
}

std::optional<Place> elementPlace(const clang::Expr* base, const clang::Expr* key) {
    auto place = placeOf(base);
    auto text = constantKey(key);
    if (!place || !text) return std::nullopt;
    place->steps.push_back(PlaceStep{nullptr, *text});
    return place;
}

std::optional<Place> elementAccess(const clang::Expr* expr) {
    if (const auto* op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(expr);
        op && op->getOperator() == clang::OO_Subscript && op->getNumArgs() == 2)
        return elementPlace(op->getArg(0), op->getArg(1));
    if (const auto* call = llvm::dyn_cast<clang::CXXMemberCallExpr>(expr); call && call->getNumArgs() == 1) {
        const clang::CXXMethodDecl* method = call->getMethodDecl();
        if (method && method->getIdentifier() && method->getName() == "at" && method->getParent()->isInStdNamespace())
            return elementPlace(call->getImplicitObjectArgument(), call->getArg(0));
    }
    if (const auto* subscript = llvm::dyn_cast<clang::ArraySubscriptExpr>(expr);
        subscript && subscript->getBase()->IgnoreParenImpCasts()->getType()->isArrayType())
        return elementPlace(subscript->getBase()->IgnoreParenImpCasts(), subscript->getIdx());
    return std::nullopt;
}

} // namespace

bool Place::contains(const Place& other) const {
    return root == other.root && steps.size() <= other.steps.size() &&
           std::equal(steps.begin(), steps.end(), other.steps.begin());
}

bool Place::reachesElementOf(const Place& other) const {
    if (!contains(other)) return false;
    return std::any_of(other.steps.begin() + static_cast<long>(steps.size()), other.steps.end(),
                       [](const PlaceStep& step) { return step.isElement(); });
}

std::optional<Place> placeOf(const clang::Expr* expr) {
    if (!expr) return std::nullopt;
    expr = expr->IgnoreParenImpCasts();
    if (auto root = rootPlace(expr)) return root;
    if (const auto* member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
        if (!llvm::isa<clang::FieldDecl>(member->getMemberDecl())) return std::nullopt;
        auto base = placeOf(member->getBase());
        if (!base) return std::nullopt;
        base->steps.push_back(PlaceStep{member->getMemberDecl(), {}});
        return base;
    }
    return elementAccess(expr);
}

std::optional<Place> objectPlaceOf(const clang::Expr* expr) {
    if (!expr) return std::nullopt;
    expr = expr->IgnoreParenImpCasts();
    if (auto root = rootPlace(expr)) return root;
    if (const auto* member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
        if (!llvm::isa<clang::FieldDecl>(member->getMemberDecl())) return std::nullopt;
        if (member->isArrow() && !llvm::isa<clang::CXXThisExpr>(member->getBase()->IgnoreParenImpCasts()))
            return std::nullopt;
        auto base = objectPlaceOf(member->getBase());
        if (!base) return std::nullopt;
        base->steps.push_back(PlaceStep{member->getMemberDecl(), {}});
        return base;
    }
    return std::nullopt;
}

} // namespace ownlings::engine
