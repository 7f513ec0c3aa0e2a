// Scopes from the parent map: the nearest block, loop, branch or handler around a declaration.
#include "engine/ir/scopes.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/Stmt.h>
#include <clang/AST/StmtCXX.h>

namespace ownlings::engine {
namespace {

bool opensScope(const clang::Stmt* stmt) {
    return llvm::isa<clang::CompoundStmt, clang::ForStmt, clang::CXXForRangeStmt, clang::WhileStmt, clang::DoStmt,
                     clang::IfStmt, clang::SwitchStmt, clang::CXXCatchStmt>(stmt);
}

} // namespace

ScopeTree::ScopeTree(const clang::Stmt* body, const clang::ParentMap& parents) : m_parents(parents) { collect(body); }

void ScopeTree::collect(const clang::Stmt* stmt) {
    if (!stmt) return;
    if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
        const clang::Stmt* scope = m_parents.getParent(decl);
        while (scope && !opensScope(scope)) scope = m_parents.getParent(scope);
        for (const clang::Decl* d : decl->decls())
            if (const auto* var = llvm::dyn_cast<clang::ValueDecl>(d)) m_scopes[var] = scope;
    }
    if (llvm::isa<clang::LambdaExpr>(stmt)) return; // its body is another function
    for (const clang::Stmt* child : stmt->children()) collect(child);
}

const clang::Stmt* ScopeTree::scopeOf(const clang::ValueDecl* var) const {
    auto found = m_scopes.find(var);
    return found == m_scopes.end() ? nullptr : found->second;
}

bool ScopeTree::outlives(const clang::ValueDecl* holder, const clang::ValueDecl* local) const {
    if (!holder || holder->getType()->isReferenceType()) return true; // `this`, or a reference to something outside
    const clang::Stmt* holderScope = scopeOf(holder);
    const clang::Stmt* localScope = scopeOf(local);
    if (!localScope) return false;  // `local` is a parameter: nothing in the function outlives it
    if (!holderScope) return true;  // `holder` is a parameter: it outlives every local
    if (holderScope == localScope) return false;
    for (const clang::Stmt* up = m_parents.getParent(localScope); up; up = m_parents.getParent(up))
        if (up == holderScope) return true;
    return false;
}

} // namespace ownlings::engine
