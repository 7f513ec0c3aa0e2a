// Summaries of the moves local lambdas make through their by-reference captures.
#include "engine/analyses/closure_moves.h"

#include "engine/analyses/move_events.h"
#include "engine/ir/ast_helpers.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>

#include <set>

namespace ownlings::engine {
namespace {

void collectMoves(const clang::Stmt* stmt, const clang::ParentMap& parents,
                  const std::set<const clang::ValueDecl*>& captured, std::vector<const clang::ValueDecl*>& out) {
    if (!stmt) return;
    if (const clang::Expr* operand = rvalueCastOperand(stmt)) {
        auto place = placeOf(operand);
        if (place && captured.count(place->root) && place->steps.empty() &&
            classifyMoveCast(llvm::cast<clang::Expr>(stmt), parents).moves)
            out.push_back(place->root);
    }
    for (const clang::Stmt* child : stmt->children()) collectMoves(child, parents, captured, out);
}

std::vector<const clang::ValueDecl*> movedCaptures(const clang::LambdaExpr* lambda) {
    std::set<const clang::ValueDecl*> captured;
    for (const clang::LambdaCapture& capture : lambda->captures())
        if (capture.capturesVariable() && capture.getCaptureKind() == clang::LCK_ByRef)
            captured.insert(capture.getCapturedVar());
    std::vector<const clang::ValueDecl*> moved;
    if (captured.empty() || !lambda->getBody()) return moved;
    const clang::ParentMap parents(lambda->getBody());
    collectMoves(lambda->getBody(), parents, captured, moved);
    return moved;
}

void collectClosures(const clang::Stmt* stmt,
                     std::map<const clang::VarDecl*, std::vector<const clang::ValueDecl*>>& out) {
    if (!stmt) return;
    if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
        for (const clang::Decl* d : decl->decls()) {
            const auto* var = llvm::dyn_cast<clang::VarDecl>(d);
            const auto* lambda = var && var->getInit()
                                     ? llvm::dyn_cast<clang::LambdaExpr>(var->getInit()->IgnoreImplicit())
                                     : nullptr;
            if (!lambda) continue;
            auto moved = movedCaptures(lambda);
            if (!moved.empty()) out[var] = std::move(moved);
        }
    }
    for (const clang::Stmt* child : stmt->children()) collectClosures(child, out);
}

} // namespace

std::map<const clang::VarDecl*, std::vector<const clang::ValueDecl*>> closureMoves(const clang::Stmt* body) {
    std::map<const clang::VarDecl*, std::vector<const clang::ValueDecl*>> closures;
    collectClosures(body, closures);
    return closures;
}

const clang::VarDecl* calledClosure(const clang::Stmt* stmt) {
    const auto* call = llvm::dyn_cast<clang::CXXOperatorCallExpr>(stmt);
    if (!call || call->getOperator() != clang::OO_Call || call->getNumArgs() < 1) return nullptr;
    const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(call->getArg(0)->IgnoreParenImpCasts());
    return ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
}

} // namespace ownlings::engine
