// Syntactic summaries of what a function does with its parameters.
#include "engine/analyses/parameter_summary.h"

#include "engine/ir/ast_helpers.h"

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>

#include <set>

namespace ownlings::engine {
namespace {

using Vars = std::set<const clang::ValueDecl*>;

/// True when `expr` reads one of `vars`; sets `throughField` when it loads a member through it (`p->next`).
bool derivesFrom(const clang::Stmt* expr, const Vars& vars, bool& throughField) {
    if (!expr) return false;
    if (const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(expr)) return vars.count(ref->getDecl()) > 0;
    bool found = false;
    for (const clang::Stmt* child : expr->children()) found |= derivesFrom(child, vars, throughField);
    if (found && llvm::isa<clang::MemberExpr>(expr) && llvm::cast<clang::MemberExpr>(expr)->isArrow()) throughField = true;
    return found;
}

/// Pointers derived from a parameter: copies of it (`direct`), and pointers
/// loaded through it or through those (`reached`, e.g. `next = head->next`).
struct Derived {
    Vars direct;
    Vars reached;
};

void derive(const clang::ValueDecl* target, const clang::Expr* source, Derived& derived) {
    bool throughField = false;
    const bool fromDirect = derivesFrom(source, derived.direct, throughField);
    bool ignored = false;
    const bool fromReached = derivesFrom(source, derived.reached, ignored);
    if (fromDirect && !throughField) derived.direct.insert(target);
    if ((fromDirect && throughField) || fromReached) derived.reached.insert(target);
}

/// Follows every variable initialised or assigned from a derived pointer.
void followCopies(const clang::Stmt* stmt, Derived& derived) {
    if (!stmt) return;
    if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
        for (const clang::Decl* d : decl->decls())
            if (const auto* var = llvm::dyn_cast<clang::VarDecl>(d); var && var->getType()->isPointerType() && var->getInit())
                derive(var, var->getInit(), derived);
    }
    if (const auto* assign = llvm::dyn_cast<clang::BinaryOperator>(stmt); assign && assign->getOpcode() == clang::BO_Assign) {
        const auto* target = llvm::dyn_cast<clang::DeclRefExpr>(assign->getLHS()->IgnoreParenImpCasts());
        if (target && target->getType()->isPointerType()) derive(target->getDecl(), assign->getRHS(), derived);
    }
    for (const clang::Stmt* child : stmt->children()) followCopies(child, derived);
}

bool deletesOneOf(const clang::Stmt* stmt, const Vars& vars) {
    if (!stmt) return false;
    const clang::Expr* deleted = nullptr;
    if (const auto* del = llvm::dyn_cast<clang::CXXDeleteExpr>(stmt)) deleted = del->getArgument();
    if (const auto* call = llvm::dyn_cast<clang::CallExpr>(stmt);
        call && call->getNumArgs() == 1 && calleeName(call) == "free")
        deleted = call->getArg(0);
    if (deleted) {
        const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(deleted->IgnoreParenImpCasts());
        if (ref && vars.count(ref->getDecl())) return true;
    }
    for (const clang::Stmt* child : stmt->children())
        if (deletesOneOf(child, vars)) return true;
    return false;
}

/// True when a mention of `param` lets the pointer value go somewhere: stored,
/// returned, or passed to a function.
bool letsPointerGo(const clang::Stmt* stmt, const clang::ValueDecl* param) {
    if (!stmt) return false;
    auto mentions = [&](const clang::Expr* expr) {
        const auto* ref = expr ? llvm::dyn_cast<clang::DeclRefExpr>(expr->IgnoreParenImpCasts()) : nullptr;
        return ref && ref->getDecl() == param;
    };
    if (const auto* ret = llvm::dyn_cast<clang::ReturnStmt>(stmt); ret && mentions(ret->getRetValue())) return true;
    if (const auto* assign = llvm::dyn_cast<clang::BinaryOperator>(stmt);
        assign && assign->getOpcode() == clang::BO_Assign && mentions(assign->getRHS()))
        return true;
    if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt))
        for (const clang::Decl* d : decl->decls())
            if (const auto* var = llvm::dyn_cast<clang::VarDecl>(d); var && mentions(var->getInit())) return true;
    if (const auto* call = llvm::dyn_cast<clang::CallExpr>(stmt)) {
        const clang::FunctionDecl* callee = call->getDirectCallee();
        const bool library = callee && callee->isInStdNamespace();
        for (const clang::Expr* arg : call->arguments())
            if (mentions(arg) && !library) return true;
    }
    for (const clang::Stmt* child : stmt->children())
        if (letsPointerGo(child, param)) return true;
    return false;
}

bool namesParameter(const clang::Expr* expr, const clang::ValueDecl* param) {
    if (!expr) return false;
    expr = expr->IgnoreImplicit();
    if (const clang::Expr* moved = rvalueCastOperand(expr)) expr = moved->IgnoreImplicit();
    if (const auto* construct = llvm::dyn_cast<clang::CXXConstructExpr>(expr); construct && construct->getNumArgs() == 1)
        return namesParameter(construct->getArg(0), param);
    const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(expr->IgnoreParenImpCasts());
    return ref && ref->getDecl() == param;
}

bool isMemberOfThis(const clang::Expr* expr) {
    const auto* member = llvm::dyn_cast<clang::MemberExpr>(expr->IgnoreParenImpCasts());
    return member && llvm::isa<clang::CXXThisExpr>(member->getBase()->IgnoreParenImpCasts());
}

bool storesInObject(const clang::Stmt* stmt, const clang::ValueDecl* param) {
    if (!stmt) return false;
    if (const auto* assign = llvm::dyn_cast<clang::BinaryOperator>(stmt);
        assign && assign->getOpcode() == clang::BO_Assign && isMemberOfThis(assign->getLHS()) && namesParameter(assign->getRHS(), param))
        return true;
    if (const auto* op = llvm::dyn_cast<clang::CXXOperatorCallExpr>(stmt);
        op && op->getOperator() == clang::OO_Equal && op->getNumArgs() == 2 && isMemberOfThis(op->getArg(0)) &&
        namesParameter(op->getArg(1), param))
        return true;
    if (const auto* call = llvm::dyn_cast<clang::CXXMemberCallExpr>(stmt); call && isMemberOfThis(call->getImplicitObjectArgument()))
        for (const clang::Expr* arg : call->arguments())
            if (namesParameter(arg, param)) return true;
    for (const clang::Stmt* child : stmt->children())
        if (storesInObject(child, param)) return true;
    return false;
}

} // namespace

bool parameterStoredInObject(const clang::FunctionDecl* fn, unsigned index) {
    const clang::FunctionDecl* definition = fn && !isLibraryFunction(fn) ? fn->getDefinition() : nullptr;
    if (!definition || !definition->getBody() || index >= definition->getNumParams()) return false;
    return storesInObject(definition->getBody(), definition->getParamDecl(index));
}

bool parameterEscapes(const clang::FunctionDecl* fn, unsigned index) {
    if (!fn) return true;
    if (isLibraryFunction(fn)) {
        // The library keeps what it stores (containers), not what it only reads through a `const T*`.
        if (index >= fn->getNumParams()) return true;
        const clang::QualType type = fn->getParamDecl(index)->getType();
        return !type->isPointerType() || !type->getPointeeType().isConstQualified();
    }
    const clang::FunctionDecl* definition = fn->getDefinition();
    if (!definition || !definition->getBody()) return !fn->getDeclContext()->getRedeclContext()->isTranslationUnit();
    if (index >= definition->getNumParams()) return true;
    return letsPointerGo(definition->getBody(), definition->getParamDecl(index));
}

DeleteSummary parameterDeletion(const clang::FunctionDecl* fn, unsigned index) {
    if (!fn || isLibraryFunction(fn)) return {};
    const clang::FunctionDecl* definition = fn->getDefinition();
    if (!definition || !definition->getBody() || index >= definition->getNumParams()) return {};
    const clang::ParmVarDecl* param = definition->getParamDecl(index);
    const clang::QualType type = param->getType();
    if (!type->isPointerType() && !(type->isReferenceType() && type->getPointeeType()->isPointerType())) return {};
    Derived derived;
    derived.direct.insert(param);
    for (int pass = 0; pass < 3; ++pass) followCopies(definition->getBody(), derived);
    return {deletesOneOf(definition->getBody(), derived.direct), deletesOneOf(definition->getBody(), derived.reached)};
}

} // namespace ownlings::engine
