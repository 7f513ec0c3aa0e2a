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

} // namespace

bool Place::contains(const Place& other) const {
    return root == other.root && fields.size() <= other.fields.size() &&
           std::equal(fields.begin(), fields.end(), other.fields.begin());
}

std::optional<Place> placeOf(const clang::Expr* expr) {
    if (!expr) return std::nullopt;
    expr = expr->IgnoreParenImpCasts();
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) {
        if (!isTrackedRoot(ref->getDecl())) return std::nullopt;
        return Place{ref->getDecl(), {}};
    }
    if (llvm::isa<clang::CXXThisExpr>(expr)) return Place{nullptr, {}};
    if (const auto* member = llvm::dyn_cast<clang::MemberExpr>(expr)) {
        if (!llvm::isa<clang::FieldDecl>(member->getMemberDecl())) return std::nullopt;
        auto base = placeOf(member->getBase());
        if (!base) return std::nullopt;
        base->fields.push_back(member->getMemberDecl());
        return base;
    }
    return std::nullopt;
}

} // namespace ownlings::engine
