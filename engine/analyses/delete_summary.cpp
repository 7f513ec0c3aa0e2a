// Syntactic summaries of which parameters a function deletes.
#include "engine/analyses/delete_summary.h"

#include "engine/ir/ast_helpers.h"

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
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

/// Adds to `vars` every variable initialised or assigned from one of them.
void followCopies(const clang::Stmt* stmt, Vars& vars, bool& throughField) {
    if (!stmt) return;
    if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
        for (const clang::Decl* d : decl->decls())
            if (const auto* var = llvm::dyn_cast<clang::VarDecl>(d); var && var->getType()->isPointerType() &&
                                                                      derivesFrom(var->getInit(), vars, throughField))
                vars.insert(var);
    }
    if (const auto* assign = llvm::dyn_cast<clang::BinaryOperator>(stmt); assign && assign->getOpcode() == clang::BO_Assign) {
        const auto* target = llvm::dyn_cast<clang::DeclRefExpr>(assign->getLHS()->IgnoreParenImpCasts());
        if (target && target->getType()->isPointerType() && derivesFrom(assign->getRHS(), vars, throughField))
            vars.insert(target->getDecl());
    }
    for (const clang::Stmt* child : stmt->children()) followCopies(child, vars, throughField);
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

} // namespace

DeleteSummary parameterDeletion(const clang::FunctionDecl* fn, unsigned index) {
    if (!fn) return {};
    const clang::FunctionDecl* definition = fn->getDefinition();
    if (!definition || !definition->getBody() || index >= definition->getNumParams()) return {};
    const clang::ParmVarDecl* param = definition->getParamDecl(index);
    if (!param->getType()->isPointerType()) return {};
    Vars vars{param};
    bool throughField = false;
    for (int pass = 0; pass < 3; ++pass) followCopies(definition->getBody(), vars, throughField);
    DeleteSummary summary;
    summary.deletes = deletesOneOf(definition->getBody(), vars);
    summary.reachable = summary.deletes && throughField;
    return summary;
}

} // namespace ownlings::engine
