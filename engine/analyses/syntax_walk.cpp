// Walking a function's statements, including constructor initialisers.
#include "engine/analyses/syntax_walk.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>

namespace ownlings::engine {
namespace {

void walk(const clang::Stmt* stmt, const std::function<void(const clang::Stmt*)>& visit) {
    if (!stmt) return;
    visit(stmt);
    if (const auto* lambda = llvm::dyn_cast<clang::LambdaExpr>(stmt)) {
        // The captures run here; the body runs when the lambda is called, and is analysed on its own.
        for (const clang::Expr* init : lambda->capture_inits()) walk(init, visit);
        return;
    }
    for (const clang::Stmt* child : stmt->children()) walk(child, visit);
}

} // namespace

void forEachStatement(const clang::FunctionDecl& fn, const std::function<void(const clang::Stmt*)>& visit) {
    if (const auto* ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(&fn))
        for (const clang::CXXCtorInitializer* init : ctor->inits())
            if (init->isWritten()) walk(init->getInit(), visit);
    walk(fn.getBody(), visit);
}

} // namespace ownlings::engine
