// Wording of the borrow checker's findings: rustc's messages, adapted to C++.
#include "engine/analyses/borrow_report.h"

#include "engine/analyses/analysis.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/Decl.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/Stmt.h>

namespace ownlings::engine {
namespace {

std::string quoted(const std::string& text) { return "`" + text + "`"; }

Diagnostic finding(RuleId id) {
    Diagnostic d;
    d.rule = id;
    d.severity = severityOf(id);
    d.rustCode = std::string(ruleInfo(id).rustCode);
    return d;
}

std::string text(const FunctionContext& context, const clang::Stmt* stmt) {
    return context.spans.text(stmt->getSourceRange());
}

/// Where an event happened, for its label: a scope ends at its closing brace.
SourceSpan eventSpan(const FunctionContext& context, const LoanEvent& event) {
    if (const auto* block = llvm::dyn_cast_or_null<clang::CompoundStmt>(event.site))
        return context.spans.point(block->getRBracLoc());
    if (!event.site) return {};
    if (llvm::isa<clang::DeclStmt, clang::ReturnStmt, clang::BreakStmt, clang::ContinueStmt>(event.site))
        return context.spans.span(event.site->getSourceRange());
    return context.spans.span(event.site->getSourceRange());
}

/// The name of what a loan borrows, as the learner wrote it.
std::string targetName(const FunctionContext& context, const Loan& loan) {
    switch (loan.target.kind) {
    case TargetKind::Local:
    case TargetKind::Owned: {
        if (loan.target.place.isThis()) return "*this";
        std::string name = loan.target.place.root->getNameAsString();
        for (const PlaceStep& step : loan.target.place.steps)
            name += step.isElement() ? "[" + step.key + "]" : "." + step.field->getNameAsString();
        return name;
    }
    case TargetKind::Temporary: return "the temporary " + quoted(text(context, loan.target.node));
    case TargetKind::Heap: return "the object";
    }
    return "it";
}

void labelBorrow(Diagnostic& d, const FunctionContext& context, const Loan& loan, const std::string& what) {
    if (loan.site) d.labels.push_back({context.spans.span(loan.site->getSourceRange()), what});
}

Diagnostic danglingLocal(const FunctionContext& context, const std::string& used, const Loan& loan,
                         const LoanEvent& event) {
    Diagnostic d = finding(RuleId::DanglingReference);
    const std::string name = targetName(context, loan);
    if (loan.target.kind == TargetKind::Owned) {
        d.message = "the object owned by " + quoted(name) + " does not live long enough";
        labelBorrow(d, context, loan, "borrow of the object owned by " + quoted(name) + " starts here");
        d.labels.push_back({eventSpan(context, event), quoted(name) + " dropped here, deleting the object while still borrowed"});
        d.notes.push_back(quoted(used) + " points into an object that " + quoted(name) + " deleted when it went out of scope");
        d.help = "keep the owner alive as long as " + quoted(used) + " is used, or copy the data out before the owner goes away";
        return d;
    }
    d.message = quoted(name) + " does not live long enough";
    labelBorrow(d, context, loan, "borrow of " + quoted(name) + " starts here");
    d.labels.push_back({eventSpan(context, event), quoted(name) + " dropped here while still borrowed"});
    d.notes.push_back(quoted(used) + " still refers to " + quoted(name) + ", which was destroyed at the end of its scope");
    d.help = "declare " + quoted(name) + " in a scope that lives as long as " + quoted(used) +
             ", or store a copy of the value instead of a reference to it";
    return d;
}

Diagnostic danglingTemporary(const FunctionContext& context, const std::string& used, const Loan& loan,
                             const LoanEvent& event) {
    Diagnostic d = finding(RuleId::DanglingTemporary);
    d.message = "temporary value dropped while borrowed";
    labelBorrow(d, context, loan, "creates a temporary value which is freed while still in use");
    d.labels.push_back({eventSpan(context, event), "temporary value is freed at the end of this statement"});
    d.notes.push_back(quoted(used) + " refers into " + targetName(context, loan) +
                      ", which is destroyed at the end of the full-expression that created it");
    d.help = "store the value in a named variable first (`auto value = ...;`) so that it lives as long as " + quoted(used) +
             ", or make " + quoted(used) + " own a copy instead of borrowing";
    return d;
}

Diagnostic invalidated(const FunctionContext& context, const std::string& used, const Loan& loan,
                       const LoanEvent& event) {
    Diagnostic d = finding(RuleId::InvalidatedReference);
    const std::string name = targetName(context, loan);
    d.message = "cannot use " + quoted(used) + ": " + quoted(name) + " was modified while it was borrowed";
    labelBorrow(d, context, loan, "borrow of " + quoted(name) + " starts here");
    const std::string how = loan.kind == LoanKind::Iterator ? "which may invalidate its iterators"
                                                             : "which may move its elements";
    d.labels.push_back({eventSpan(context, event), quoted(name) + " is modified here, " + how});
    d.notes.push_back(quoted(event.detail) + " may reallocate or rearrange " + quoted(name) +
                      ", so references, pointers, iterators and views into it become invalid");
    d.help = "take the reference again after the " + quoted(event.detail) + ", use an index instead of a reference, "
             "or finish using " + quoted(used) + " before changing " + quoted(name);
    return d;
}

Diagnostic movedWhileBorrowed(const FunctionContext& context, const std::string& used, const Loan& loan,
                              const LoanEvent& event) {
    Diagnostic d = finding(RuleId::MoveWhileBorrowed);
    const std::string name = targetName(context, loan);
    d.message = "cannot move out of " + quoted(name) + " because it is borrowed";
    labelBorrow(d, context, loan, "borrow of " + quoted(name) + " occurs here");
    d.labels.push_back({eventSpan(context, event), "move out of " + quoted(name) + " occurs here"});
    d.notes.push_back(quoted(used) + " still refers into " + quoted(name) + ", whose contents were moved away");
    d.help = "finish using " + quoted(used) + " before the move, or borrow again from the object that received " + quoted(name);
    return d;
}

Diagnostic deletedUse(const FunctionContext& context, const std::string& used, const Loan& loan,
                      const LoanEvent& event, const clang::Expr* use) {
    Diagnostic d = finding(RuleId::UseAfterDelete);
    const bool again = use && event.site && llvm::isa<clang::CXXDeleteExpr>(event.site);
    d.message = "use of " + quoted(used) + " after the object it points to was deleted";
    if (loan.site && llvm::isa<clang::CXXNewExpr>(loan.site)) labelBorrow(d, context, loan, "the object is created here");
    const std::string by = event.detail == "reset" || event.detail == "operator=" ? " is reset here, deleting the object"
                                                                                 : " deletes the object here";
    d.labels.push_back({eventSpan(context, event), quoted(event.subject) + by});
    d.notes.push_back("the memory " + quoted(used) + " points to was freed; reading, writing or deleting it again is undefined behaviour");
    d.help = again ? "set the pointer to `nullptr` right after `delete`, or let one `std::unique_ptr` own the object"
                   : "use the object before deleting it, or let a `std::unique_ptr` own it so that it lives as long as it is used";
    return d;
}

} // namespace

Diagnostic staleUseReport(const FunctionContext& context, const clang::Expr* use, const Loan& loan,
                          const LoanEvent& event) {
    const std::string used = context.spans.text(use->getSourceRange());
    Diagnostic d;
    switch (event.kind) {
    case EventKind::ScopeEnd: d = danglingLocal(context, used, loan, event); break;
    case EventKind::TemporaryEnd: d = danglingTemporary(context, used, loan, event); break;
    case EventKind::Modified: d = invalidated(context, used, loan, event); break;
    case EventKind::Moved: d = movedWhileBorrowed(context, used, loan, event); break;
    case EventKind::Deleted: d = deletedUse(context, used, loan, event, use); break;
    }
    d.primary = context.spans.span(use->getSourceRange());
    d.primaryLabel = event.kind == EventKind::Deleted ? "pointer used here after the object was deleted"
                                                      : "borrow later used here";
    return d;
}

Diagnostic returnedLoanReport(const FunctionContext& context, const clang::Stmt* ret, const Loan& loan) {
    Diagnostic d = finding(RuleId::ReturnLocalReference);
    const auto* returnStmt = llvm::dyn_cast<clang::ReturnStmt>(ret);
    const clang::Expr* value = returnStmt ? returnStmt->getRetValue() : nullptr;
    const std::string name = targetName(context, loan);
    if (loan.target.kind == TargetKind::Temporary) {
        d.message = "cannot return reference to temporary value";
        d.primaryLabel = "returns a reference to data owned by the current function";
    } else {
        const bool direct = value && loan.site == value->IgnoreParenImpCasts();
        d.message = std::string(direct ? "cannot return reference to local variable " : "cannot return value referencing local variable ") +
                    quoted(name);
        d.primaryLabel = "returns a reference to data owned by the current function";
        if (!direct) labelBorrow(d, context, loan, quoted(name) + " is borrowed here");
    }
    d.primary = context.spans.span((value ? static_cast<const clang::Stmt*>(value) : ret)->getSourceRange());
    d.notes.push_back(quoted(name) + " is destroyed when the function returns, so the caller would get a dangling reference");
    d.help = "return the value itself (by value, e.g. `std::string`) instead of a reference, pointer or view to it";
    return d;
}

Diagnostic escapingCaptureReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const std::string& how) {
    Diagnostic d = finding(RuleId::EscapingReferenceCapture);
    const std::string name = targetName(context, loan);
    d.message = "lambda may outlive " + quoted(name) + ", which it captures by reference";
    d.primary = context.spans.span(site->getSourceRange());
    d.primaryLabel = "the lambda " + how;
    labelBorrow(d, context, loan, quoted(name) + " is captured by reference here");
    d.notes.push_back("when " + quoted(name) + " goes out of scope, the lambda is left with a dangling reference");
    d.help = "capture " + quoted(name) + " by value (`[" + name + "]`, `[=]`, or `[" + name + " = std::move(" + name +
             ")]`), or make sure the lambda is done before " + quoted(name) + " is destroyed";
    return d;
}

Diagnostic doubleOwnershipReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const clang::Stmt* firstOwner, bool byDelete) {
    Diagnostic d = finding(RuleId::DoubleOwnership);
    d.primary = context.spans.span(site->getSourceRange());
    if (loan.target.kind == TargetKind::Owned) {
        const std::string owner = targetName(context, loan);
        d.message = byDelete ? "`delete` of an object that " + quoted(owner) + " owns"
                             : "a second owner for the object " + quoted(owner) + " owns";
        d.primaryLabel = byDelete ? "deleted here, and " + quoted(owner) + " will delete it again"
                                  : "second owner takes the object here";
        labelBorrow(d, context, loan, "pointer obtained from " + quoted(owner) + " here");
    } else {
        d.message = byDelete ? "`delete` of an object a smart pointer owns" : "one pointer is given to two owners";
        d.primaryLabel = byDelete ? "deleted here, and its owner will delete it again" : "second owner takes it here";
        if (firstOwner) d.labels.push_back({context.spans.span(firstOwner->getSourceRange()), "first owner takes it here"});
    }
    d.notes.push_back("each owner deletes the object when it is destroyed, so it would be deleted twice");
    d.help = byDelete ? "do not `delete` what a smart pointer owns; call `reset()` on the owner instead"
                      : "give the object one owner: create it with `std::make_unique`/`std::make_shared` and move or copy "
                        "that smart pointer, never wrap a raw pointer (or `.get()`) twice";
    return d;
}

Diagnostic leakReport(const FunctionContext& context, const clang::Stmt* exit, const clang::Expr* allocation,
                      const clang::ValueDecl* holder) {
    Diagnostic d = finding(RuleId::Leak);
    const std::string name = holder ? holder->getNameAsString() : "the pointer";
    d.message = "the object " + quoted(name) + " points to is never deleted on this path";
    SourceSpan at = context.spans.span(exit->getSourceRange());
    if (const auto* block = llvm::dyn_cast<clang::CompoundStmt>(exit)) at = context.spans.point(block->getRBracLoc());
    d.primary = at;
    d.primaryLabel = quoted(name) + " goes out of scope here, and the object is lost";
    d.labels.push_back({context.spans.span(allocation->getSourceRange()), "allocated here"});
    d.notes.push_back("nothing deletes the object on this path, so its memory is never given back");
    d.help = "let a smart pointer own it (`auto " + name + " = std::make_unique<...>(...);`) so it is freed on every path";
    return d;
}

} // namespace ownlings::engine
