// move-of-const and pessimizing-move, discipline rules about std::move that misleads.
#include "engine/analyses/move_discipline.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/move_events.h"
#include "engine/analyses/syntax_walk.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>

namespace ownlings::engine {
namespace {

Diagnostic finding(RuleId rule, const FunctionContext& context, const clang::Expr* at) {
    Diagnostic d;
    d.rule = rule;
    d.severity = severityOf(rule);
    d.primary = context.spans.span(at->getSourceRange());
    return d;
}

bool bindsToConstReference(const clang::Expr* cast, const FunctionContext& context) {
    auto param = receivingParameterType(cast, *context.body.parents);
    return param && (*param)->isLValueReferenceType() && (*param)->getPointeeType().isConstQualified();
}

void checkMoveOfConst(const FunctionContext& context, const clang::CallExpr* cast) {
    const clang::Expr* operand = cast->getArg(0);
    const clang::QualType type = operand->getType();
    if (type->isDependentType() || !type->isRecordType()) return;
    const std::string name = context.spans.text(operand->getSourceRange());
    Diagnostic d = finding(RuleId::MoveOfConst, context, cast);
    if (type.isConstQualified()) {
        d.message = "`std::move` of the const object `" + name + "` copies it";
        d.primaryLabel = "nothing is moved here: a const object cannot be moved from";
        d.notes.push_back("`std::move` only casts to an rvalue; for a const object the copy constructor (or a "
                          "`const T&` overload) is chosen, so `" + name + "` is copied and stays as it was");
        d.help = "drop the `std::move` to say what happens (a copy), or make `" + name + "` non-const if it is meant to be moved";
    } else if (bindsToConstReference(cast, context)) {
        d.message = "`std::move` into a `const T&` parameter moves nothing";
        d.primaryLabel = "`" + name + "` is only borrowed here, not moved";
        d.notes.push_back("the parameter is a `const&`: the function only reads `" + name + "`, which keeps its value");
        d.help = "drop the `std::move`: pass `" + name + "` as it is";
    } else {
        return;
    }
    context.report(std::move(d));
}

/// `return std::move(local);` where `local` has the function's return type, so NRVO could apply.
void checkPessimizingMove(const FunctionContext& context, const clang::ReturnStmt* ret) {
    const clang::Expr* value = ret->getRetValue();
    if (!value) return;
    value = value->IgnoreImplicit();
    if (const auto* construct = llvm::dyn_cast<clang::CXXConstructExpr>(value); construct && construct->getNumArgs() == 1)
        value = construct->getArg(0)->IgnoreImplicit();
    const auto* cast = llvm::dyn_cast<clang::CallExpr>(value);
    if (!isStdCall(cast, "move", 1)) return;
    const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(cast->getArg(0)->IgnoreParenImpCasts());
    const auto* local = ref ? llvm::dyn_cast<clang::VarDecl>(ref->getDecl()) : nullptr;
    if (!local || !local->hasLocalStorage() || llvm::isa<clang::ParmVarDecl>(local) || local->isExceptionVariable() ||
        local->getType()->isReferenceType() || local->getType().isVolatileQualified())
        return;
    const clang::QualType returned = context.body.decl->getReturnType();
    if (returned->isDependentType() ||
        !context.ast.hasSameUnqualifiedType(returned.getCanonicalType(), local->getType().getCanonicalType()))
        return;
    const std::string name = local->getNameAsString();
    Diagnostic d = finding(RuleId::PessimizingMove, context, cast);
    d.message = "`std::move` on a returned local prevents copy elision";
    d.primaryLabel = "this `std::move` forces a move instead of building `" + name + "` in place";
    d.notes.push_back("returning a local by name lets the compiler construct it directly in the caller's object "
                      "(copy elision), and moves it otherwise; `std::move` turns both off");
    d.help = "write `return " + name + ";`";
    context.report(std::move(d));
}

} // namespace

void runMoveDiscipline(const FunctionContext& context) {
    forEachStatement(*context.body.decl, [&](const clang::Stmt* stmt) {
        if (const auto* call = llvm::dyn_cast<clang::CallExpr>(stmt); call && isStdCall(call, "move", 1))
            checkMoveOfConst(context, call);
        else if (const auto* ret = llvm::dyn_cast<clang::ReturnStmt>(stmt))
            checkPessimizingMove(context, ret);
    });
}

} // namespace ownlings::engine
