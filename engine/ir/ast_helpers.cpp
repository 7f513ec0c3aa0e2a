// Shared AST questions.
#include "engine/ir/ast_helpers.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ASTContext.h>
#include <clang/AST/ParentMap.h>
#include <clang/Basic/SourceManager.h>

namespace ownlings::engine {
namespace {

bool isTransparent(const clang::Stmt* stmt) {
    return llvm::isa<clang::ParenExpr, clang::ImplicitCastExpr, clang::FullExpr, clang::MaterializeTemporaryExpr,
                     clang::CXXBindTemporaryExpr>(stmt);
}

bool isInStd(const clang::NamedDecl* decl) {
    return decl && decl->isInStdNamespace();
}

bool unresolvedStdName(const clang::Expr* callee, std::string_view name) {
    const auto* lookup = llvm::dyn_cast<clang::UnresolvedLookupExpr>(callee->IgnoreParenImpCasts());
    if (!lookup || lookup->getName().getAsString() != name) return false;
    for (const clang::NamedDecl* decl : lookup->decls())
        if (isInStd(decl->getUnderlyingDecl())) return true;
    return false;
}

} // namespace

const clang::Stmt* meaningfulParent(const clang::ParentMap& parents, const clang::Stmt* stmt,
                                    const clang::Stmt** child) {
    const clang::Stmt* current = stmt;
    const clang::Stmt* parent = parents.getParent(current);
    while (parent && isTransparent(parent)) {
        current = parent;
        parent = parents.getParent(current);
    }
    if (child) *child = current;
    return parent;
}

std::string_view calleeName(const clang::CallExpr* call) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee || !callee->getDeclName().isIdentifier()) return {};
    return std::string_view(callee->getName().data(), callee->getName().size());
}

bool isStdCall(const clang::CallExpr* call, std::string_view name, unsigned args) {
    if (!call || call->getNumArgs() != args) return false;
    if (const clang::FunctionDecl* callee = call->getDirectCallee())
        return isInStd(callee) && calleeName(call) == name;
    return call->getCallee() && unresolvedStdName(call->getCallee(), name);
}

bool isMoveCast(const clang::CallExpr* call) {
    return isStdCall(call, "move", 1) || isStdCall(call, "forward", 1);
}

const clang::Expr* stripImplicitCasts(const clang::Expr* expr) {
    while (expr) {
        if (const auto* paren = llvm::dyn_cast<clang::ParenExpr>(expr)) expr = paren->getSubExpr();
        else if (const auto* cast = llvm::dyn_cast<clang::ImplicitCastExpr>(expr)) expr = cast->getSubExpr();
        else if (const auto* full = llvm::dyn_cast<clang::FullExpr>(expr)) expr = full->getSubExpr();
        else break;
    }
    return expr;
}

const clang::Expr* stripConversions(const clang::Expr* expr) {
    while (expr) {
        expr = expr->IgnoreImplicit();
        const auto* construct = llvm::dyn_cast<clang::CXXConstructExpr>(expr);
        if (!construct || construct->getNumArgs() == 0) break;
        bool rest = true;
        for (unsigned i = 1; i < construct->getNumArgs(); ++i) rest &= llvm::isa<clang::CXXDefaultArgExpr>(construct->getArg(i));
        if (!rest) break;
        expr = construct->getArg(0);
    }
    return expr;
}

bool isTestedForTruth(const clang::ParentMap& parents, const clang::Expr* expr) {
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = meaningfulParent(parents, expr, &child);
    if (!parent) return false;
    if (const auto* unary = llvm::dyn_cast<clang::UnaryOperator>(parent)) return unary->getOpcode() == clang::UO_LNot;
    if (const auto* binary = llvm::dyn_cast<clang::BinaryOperator>(parent)) return binary->isLogicalOp();
    if (const auto* conditional = llvm::dyn_cast<clang::AbstractConditionalOperator>(parent))
        return conditional->getCond() == child;
    if (const auto* branch = llvm::dyn_cast<clang::IfStmt>(parent)) return branch->getCond() == child;
    if (const auto* loop = llvm::dyn_cast<clang::WhileStmt>(parent)) return loop->getCond() == child;
    if (const auto* loop = llvm::dyn_cast<clang::DoStmt>(parent)) return loop->getCond() == child;
    if (const auto* loop = llvm::dyn_cast<clang::ForStmt>(parent)) return loop->getCond() == child;
    return false;
}

namespace {

bool isNullPointerConstant(const clang::Expr* expr) {
    expr = expr->IgnoreParenImpCasts();
    if (llvm::isa<clang::CXXNullPtrLiteralExpr, clang::GNUNullExpr>(expr)) return true;
    const auto* literal = llvm::dyn_cast<clang::IntegerLiteral>(expr);
    return literal && literal->getValue() == 0;
}

} // namespace

bool isNullComparison(const clang::Stmt* stmt) {
    if (const auto* builtin = llvm::dyn_cast_or_null<clang::BinaryOperator>(stmt))
        return builtin->isEqualityOp() &&
               (isNullPointerConstant(builtin->getLHS()) || isNullPointerConstant(builtin->getRHS()));
    const auto* op = llvm::dyn_cast_or_null<clang::CXXOperatorCallExpr>(stmt);
    if (!op || op->getNumArgs() != 2) return false;
    const auto kind = op->getOperator();
    if (kind != clang::OO_EqualEqual && kind != clang::OO_ExclaimEqual && kind != clang::OO_Spaceship) return false;
    return isNullPointerConstant(op->getArg(0)) || isNullPointerConstant(op->getArg(1));
}

const clang::Expr* rvalueCastOperand(const clang::Stmt* stmt) {
    if (const auto* call = llvm::dyn_cast_or_null<clang::CallExpr>(stmt))
        return isMoveCast(call) ? call->getArg(0) : nullptr;
    if (const auto* cast = llvm::dyn_cast_or_null<clang::ExplicitCastExpr>(stmt))
        return cast->getTypeAsWritten()->isRValueReferenceType() ? cast->getSubExpr() : nullptr;
    return nullptr;
}

bool isLibraryFunction(const clang::FunctionDecl* fn) {
    if (!fn) return false;
    const clang::SourceManager& sources = fn->getASTContext().getSourceManager();
    return sources.isInSystemHeader(sources.getExpansionLoc(fn->getLocation()));
}

bool isStdClass(clang::QualType type, std::initializer_list<std::string_view> names) {
    if (type.isNull()) return false;
    const clang::CXXRecordDecl* record = type.getNonReferenceType()->getAsCXXRecordDecl();
    if (!record) {
        // A dependent specialisation such as std::unique_ptr<T> inside a template.
        const auto* special = type.getNonReferenceType()->getAs<clang::TemplateSpecializationType>();
        if (!special) return false;
        const clang::TemplateDecl* templ = special->getTemplateName().getAsTemplateDecl();
        if (!templ || !isInStd(templ)) return false;
        for (std::string_view name : names)
            if (templ->getName() == llvm::StringRef(name)) return true;
        return false;
    }
    if (!isInStd(record) || !record->getIdentifier()) return false;
    for (std::string_view name : names)
        if (record->getName() == llvm::StringRef(name)) return true;
    return false;
}

bool isSmartPointer(clang::QualType type) { return isStdClass(type, {"unique_ptr", "shared_ptr", "weak_ptr"}); }

} // namespace ownlings::engine
