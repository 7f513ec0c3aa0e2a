// Wording of the borrow checker's findings: rustc's messages, adapted to C++.
#include "engine/analyses/borrow_report.h"

#include "engine/analyses/analysis.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Decl.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/StmtCXX.h>
#include <clang/Basic/SourceManager.h>

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

/// Where an event happened, for its label: a scope ends at its closing brace,
/// a temporary at the end of its statement.
SourceSpan eventSpan(const FunctionContext& context, const LoanEvent& event) {
    if (!event.site) return {};
    if (const auto* block = llvm::dyn_cast<clang::CompoundStmt>(event.site)) return context.spans.point(block->getRBracLoc());
    if (event.kind == EventKind::TemporaryEnd) return context.spans.point(event.site->getEndLoc());
    return context.spans.span(event.site->getSourceRange());
}

std::string placeName(const Place& place) {
    std::string name = place.isThis() ? "this" : place.root->getNameAsString();
    for (const PlaceStep& step : place.steps)
        name += step.isElement() ? "[" + step.key + "]"
                                 : (place.isThis() && &step == &place.steps.front() ? "->" : ".") + step.field->getNameAsString();
    return name;
}

clang::QualType placeType(const Place& place) {
    if (!place.steps.empty() && !place.steps.back().isElement()) return place.steps.back().field->getType();
    if (place.steps.empty() && place.root) return place.root->getType();
    return {};
}

/// The name of what a loan borrows, as the learner wrote it (no quotes).
std::string targetName(const FunctionContext& context, const Loan& loan) {
    switch (loan.target.kind) {
    case TargetKind::Local:
    case TargetKind::Owned:
    case TargetKind::Pointee:
    case TargetKind::Released: return placeName(loan.target.place);
    case TargetKind::Temporary: return text(context, loan.target.node);
    case TargetKind::Heap: return "the object";
    }
    return "it";
}

void labelBorrow(Diagnostic& d, const FunctionContext& context, const Loan& loan, const std::string& what) {
    if (loan.site) d.labels.push_back({context.spans.span(loan.site->getSourceRange()), what});
}

/// `operator+=` as the learner wrote it.
std::string writtenMember(const std::string& member) {
    if (member == "operator=") return "the assignment";
    if (member.rfind("operator", 0) == 0) return quoted(member.substr(8));
    return quoted(member);
}

/// The range-for statement an implicit variable (`__begin1`, `__range1`) belongs to.
const clang::CXXForRangeStmt* implicitLoopOf(const FunctionContext& context, const clang::Expr* use) {
    const auto* ref = llvm::dyn_cast<clang::DeclRefExpr>(use->IgnoreParenImpCasts());
    if (!ref || !ref->getDecl()->isImplicit()) return nullptr;
    for (const clang::Stmt* up = context.body.parents->getParent(use); up; up = context.body.parents->getParent(up))
        if (const auto* loop = llvm::dyn_cast<clang::CXXForRangeStmt>(up)) return loop;
    return nullptr;
}

struct UseName {
    std::string name;       ///< `first`, or "the range-for loop over `numbers`"
    const clang::Expr* at;  ///< what to underline
    bool loop = false;
};

UseName nameUse(const FunctionContext& context, const clang::Expr* use) {
    if (const clang::CXXForRangeStmt* loop = implicitLoopOf(context, use))
        return {"the range-for loop over " + quoted(text(context, loop->getRangeInit())), loop->getRangeInit(), true};
    return {quoted(text(context, use)), use, false};
}

bool usedBeforeBorrow(const FunctionContext& context, const clang::Expr* use, const Loan& loan) {
    if (!loan.site) return false;
    const clang::SourceManager& sources = context.ast.getSourceManager();
    return sources.isBeforeInTranslationUnit(sources.getExpansionLoc(use->getBeginLoc()),
                                             sources.getExpansionLoc(loan.site->getBeginLoc()));
}

Diagnostic danglingLocal(const FunctionContext& context, const UseName& used, const Loan& loan, const LoanEvent& event) {
    Diagnostic d = finding(RuleId::DanglingReference);
    const std::string name = targetName(context, loan);
    if (loan.target.kind == TargetKind::Owned) {
        d.message = "the object owned by " + quoted(name) + " does not live long enough";
        labelBorrow(d, context, loan, "borrow of the object owned by " + quoted(name) + " starts here");
        d.labels.push_back({eventSpan(context, event), quoted(name) + " dropped here, deleting the object while still borrowed"});
        d.notes.push_back(used.name + " points into an object that " + quoted(name) + " deleted when it went out of scope");
        d.help = "keep " + quoted(name) + " alive as long as " + used.name +
                 " is used, move the smart pointer somewhere that lives longer, or copy the data out first";
        return d;
    }
    d.message = quoted(name) + " does not live long enough";
    labelBorrow(d, context, loan, "borrow of " + quoted(name) + " starts here");
    d.labels.push_back({eventSpan(context, event), quoted(name) + " dropped here while still borrowed"});
    d.notes.push_back(used.name + " still refers to " + quoted(name) + ", which was destroyed at the end of its scope");
    d.help = "declare " + quoted(name) + " in a scope that lives as long as " + used.name +
             ", or store a copy of the value instead of a reference to it";
    return d;
}

Diagnostic danglingTemporary(const FunctionContext& context, const UseName& used, const Loan& loan, const LoanEvent& event) {
    Diagnostic d = finding(RuleId::DanglingTemporary);
    d.message = "temporary value dropped while borrowed";
    labelBorrow(d, context, loan, "creates a temporary value which is freed while still in use");
    d.labels.push_back({eventSpan(context, event), "temporary value is freed at the end of this statement"});
    d.notes.push_back(used.name + " refers into the temporary " + quoted(targetName(context, loan)) +
                      ", which is destroyed at the end of the full-expression that created it");
    d.help = used.loop ? "give the temporary a name before the loop (`auto value = ...;`), or use a C++20 init-statement: "
                         "`for (auto value = ...; auto& x : value.items())`"
                       : "store the value in a named variable first (`auto value = ...;`) so that it lives as long as " +
                             used.name + ", or make " + used.name + " own a copy instead of borrowing";
    return d;
}

/// What a container member does to borrows into the container, by container kind.
std::pair<std::string, std::string> invalidationText(const Loan& loan, const LoanEvent& event, const std::string& name) {
    const std::string member = writtenMember(event.detail);
    const ContainerFamily family = containerFamily(placeType(loan.target.place));
    const bool destroys = event.detail == "erase" || event.detail == "clear" || event.detail == "extract";
    if (family == ContainerFamily::Optional)
        return {member + " destroys the value inside " + quoted(name) + ", so references to it dangle",
                "read the value again after " + member + ", or copy it out before"};
    if (family == ContainerFamily::Deque && loan.kind == LoanKind::Iterator && !destroys)
        return {"growing a `std::deque` at either end invalidates its iterators (references to elements stay valid)",
                "get a fresh iterator after " + member + ", or keep a reference or an index instead"};
    if (family == ContainerFamily::Unordered && !destroys)
        return {member + " may rehash " + quoted(name) + ", which invalidates its iterators (references stay valid)",
                "look the element up again after " + member + ", or keep a reference instead of an iterator"};
    if (destroys && loan.kind == LoanKind::Iterator)
        return {member + " destroys elements of " + quoted(name) + ": iterators to them are left dangling",
                "use the iterator that `erase` returns (`it = " + name + ".erase(it);`) instead of the old one"};
    if (destroys)
        return {member + " destroys elements of " + quoted(name) + " (and may shift the rest), so references, pointers "
                         "and views to them become invalid",
                "take the reference again after " + member + ", or finish using it before changing " + quoted(name)};
    return {member + " may need more room: it then moves every element of " + quoted(name) +
                " to a new buffer, so references, pointers, iterators and views into it dangle",
            "take the reference again after " + member + ", use an index instead, or `reserve` enough capacity before "
            "taking the reference"};
}

Diagnostic invalidated(const FunctionContext& context, const UseName& used, const Loan& loan, const LoanEvent& event) {
    Diagnostic d = finding(RuleId::InvalidatedReference);
    const std::string name = targetName(context, loan);
    d.message = "cannot use " + used.name + ": " + quoted(name) + " was modified while it was borrowed";
    labelBorrow(d, context, loan, "borrow of " + quoted(name) + " starts here");
    const std::string how = loan.kind == LoanKind::Iterator ? "which may invalidate its iterators" : "which may move its elements";
    d.labels.push_back({eventSpan(context, event), quoted(name) + " is modified here, " + how});
    auto [note, help] = invalidationText(loan, event, name);
    d.notes.push_back(note);
    d.help = used.loop ? "iterate over a copy or by index (`for (std::size_t i = 0; i < " + name + ".size(); ++i)`), or "
                         "collect the new elements in another container and append them after the loop"
                       : help;
    return d;
}

Diagnostic movedWhileBorrowed(const FunctionContext& context, const UseName& used, const Loan& loan, const LoanEvent& event) {
    Diagnostic d = finding(RuleId::MoveWhileBorrowed);
    const std::string borrowed = targetName(context, loan);
    const std::string moved = event.subject.empty() ? borrowed : event.subject;
    d.message = "cannot move out of " + quoted(moved) + " because it is borrowed";
    labelBorrow(d, context, loan, "borrow of " + quoted(borrowed) + " occurs here");
    d.labels.push_back({eventSpan(context, event), "move out of " + quoted(moved) + " occurs here"});
    d.notes.push_back(used.name + " still refers into " + quoted(borrowed) + ", whose contents were moved away");
    d.help = "finish using " + used.name + " before the move, or borrow again from the object that received " + quoted(moved);
    return d;
}

bool isDeletion(const FunctionContext& context, const clang::Expr* use) {
    for (const clang::Stmt* up = context.body.parents->getParent(use); up; up = context.body.parents->getParent(up)) {
        if (llvm::isa<clang::CXXDeleteExpr>(up)) return true;
        if (const auto* call = llvm::dyn_cast<clang::CallExpr>(up)) {
            const auto* callee = call->getDirectCallee();
            return callee && callee->getIdentifier() && callee->getName() == "free";
        }
        if (!llvm::isa<clang::ImplicitCastExpr, clang::ParenExpr>(up)) return false;
    }
    return false;
}

std::string deletedHow(const LoanEvent& event) {
    if (event.detail == "reset" || event.detail == "operator=") return quoted(event.subject) + " is reset here, deleting the object";
    if (event.detail == "drop") return quoted(event.subject) + " goes out of scope here and deletes the object it owns";
    if (!event.detail.empty()) return quoted(event.detail) + " deletes the object here";
    return "the object is deleted here";
}

Diagnostic deletedUse(const FunctionContext& context, const UseName& used, const Loan& loan, const LoanEvent& event,
                      const clang::Expr* use) {
    Diagnostic d = finding(RuleId::UseAfterDelete);
    const bool again = isDeletion(context, use);
    d.message = again ? used.name + " is deleted twice" : "use of " + used.name + " after the object it points to was deleted";
    if (loan.site && llvm::isa<clang::CXXNewExpr>(loan.site)) labelBorrow(d, context, loan, "the object is created here");
    d.labels.push_back({eventSpan(context, event), deletedHow(event)});
    d.notes.push_back("the memory " + used.name + " points to was freed; reading, writing or deleting it again is undefined behaviour");
    d.help = again ? "set the pointer to `nullptr` right after `delete`, or let one `std::unique_ptr` own the object"
                   : "use the object before deleting it, or let a `std::unique_ptr` own it so that it lives as long as it is used";
    return d;
}

/// What to return instead of a reference or view into a local.
std::string byValueAdvice(const FunctionContext& context) {
    clang::QualType type = context.body.decl->getReturnType();
    const clang::PrintingPolicy policy = context.ast.getPrintingPolicy();
    if (type->isReferenceType()) return "return a `" + type.getNonReferenceType().getUnqualifiedType().getAsString(policy) + "` by value";
    if (isStdClass(type, {"basic_string_view"}) || type->isPointerType())
        return type->isPointerType() && !type->getPointeeType()->isAnyCharacterType()
                   ? "return the value itself (by value), or a smart pointer that owns it"
                   : "return a `std::string` by value";
    if (isStdClass(type, {"span"})) return "return a `std::vector` by value";
    return "return the value itself (by value) instead of something that points into it";
}

} // namespace

Diagnostic staleUseReport(const FunctionContext& context, const clang::Expr* use, const Loan& loan, const LoanEvent& event) {
    const UseName used = nameUse(context, use);
    Diagnostic d;
    switch (event.kind) {
    case EventKind::ScopeEnd: d = danglingLocal(context, used, loan, event); break;
    case EventKind::TemporaryEnd: d = danglingTemporary(context, used, loan, event); break;
    case EventKind::Modified: d = invalidated(context, used, loan, event); break;
    case EventKind::Moved: d = movedWhileBorrowed(context, used, loan, event); break;
    case EventKind::Deleted: d = deletedUse(context, used, loan, event, use); break;
    }
    d.primary = context.spans.span(used.at->getSourceRange());
    if (event.kind == EventKind::Deleted) {
        d.primaryLabel = isDeletion(context, use) ? "deleted again here" : "pointer used here after the object was deleted";
    } else {
        d.primaryLabel = "borrow later used here";
        if (!used.loop && usedBeforeBorrow(context, use, loan)) d.primaryLabel += ", in the next iteration of the loop";
    }
    return d;
}

Diagnostic returnedLoanReport(const FunctionContext& context, const clang::Stmt* ret, const Loan& loan) {
    Diagnostic d = finding(RuleId::ReturnLocalReference);
    const auto* returnStmt = llvm::dyn_cast<clang::ReturnStmt>(ret);
    const clang::Expr* value = returnStmt ? returnStmt->getRetValue() : nullptr;
    const std::string name = targetName(context, loan);
    d.primary = context.spans.span((value ? static_cast<const clang::Stmt*>(value) : ret)->getSourceRange());
    d.primaryLabel = "returns a reference to data owned by the current function";
    if (loan.target.kind == TargetKind::Temporary) {
        d.message = "cannot return reference to temporary value";
        labelBorrow(d, context, loan, "temporary value created here");
        d.notes.push_back("the temporary `" + name + "` is destroyed at the end of the return statement");
    } else {
        const auto* named = value ? llvm::dyn_cast<clang::DeclRefExpr>(value->IgnoreParenImpCasts()) : nullptr;
        const bool direct = named && named->getDecl() == loan.target.place.root && loan.target.place.steps.empty();
        const bool parameter = llvm::isa_and_nonnull<clang::ParmVarDecl>(loan.target.place.root);
        const std::string what = std::string(parameter ? "function parameter " : "local variable ") + quoted(name);
        const auto* root = llvm::dyn_cast_or_null<clang::VarDecl>(loan.target.place.root);
        // Only a reference that extends a temporary's life is a local target (BorrowTransfer::isLocalTarget).
        const bool extended = root && root->getType()->isReferenceType();
        const std::string dangling = context.body.decl->getReturnType()->isReferenceType() ? "reference" : "view";
        if (extended) {
            d.message = "cannot return reference to temporary value";
            d.notes.push_back("the temporary bound to " + quoted(name) + " lives only as long as " + quoted(name) +
                              ", which ends when the function returns, so the caller would get a dangling " + dangling);
        } else {
            d.message = (direct ? "cannot return reference to " : "cannot return value referencing ") + what;
            if (!direct) labelBorrow(d, context, loan, quoted(name) + " is borrowed here");
            d.notes.push_back(quoted(name) + " is destroyed when the function returns, so the caller would get a dangling " +
                              dangling);
        }
    }
    d.help = byValueAdvice(context);
    return d;
}

Diagnostic escapingCaptureReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const std::string& how) {
    Diagnostic d = finding(RuleId::EscapingReferenceCapture);
    const std::string name = targetName(context, loan);
    d.message = "lambda may outlive " + quoted(name) + ", which it captures by reference";
    d.primary = context.spans.span(site->getSourceRange());
    d.primaryLabel = "the lambda " + how;
    SourceSpan captured;
    if (const auto* lambda = llvm::dyn_cast_or_null<clang::LambdaExpr>(loan.site)) {
        for (const clang::LambdaCapture& capture : lambda->captures())
            if (capture.capturesVariable() && capture.getCapturedVar() == loan.target.place.root && capture.isExplicit())
                captured = context.spans.point(capture.getLocation());
        if (!captured.valid()) captured = context.spans.span(lambda->getIntroducerRange());
    }
    if (captured.valid()) d.labels.push_back({captured, quoted(name) + " is captured by reference here"});
    d.notes.push_back("when " + quoted(name) + " goes out of scope, the lambda is left with a dangling reference");
    const clang::QualType type = loan.target.place.root ? loan.target.place.root->getType() : clang::QualType();
    const bool cheap = !type.isNull() && type->isScalarType();
    d.help = "capture " + quoted(name) + " by value (`[" + name + "]` or `[=]`" +
             (cheap ? std::string(")") : ", or move it in with `[" + name + " = std::move(" + name + ")]`)") +
             ", or make sure the lambda is done before " + quoted(name) + " is destroyed";
    return d;
}

Diagnostic doubleOwnershipReport(const FunctionContext& context, const clang::Stmt* site, const Loan& loan,
                                 const clang::Stmt* firstOwner, bool byDelete) {
    Diagnostic d = finding(RuleId::DoubleOwnership);
    d.primary = context.spans.span(site->getSourceRange());
    std::string second = "a second smart pointer";
    if (const auto* decl = llvm::dyn_cast_or_null<clang::DeclStmt>(context.body.parents->getParent(site));
        decl && decl->isSingleDecl())
        if (const auto* var = llvm::dyn_cast<clang::VarDecl>(decl->getSingleDecl())) second = quoted(var->getNameAsString());
    if (loan.target.kind == TargetKind::Owned) {
        const std::string owner = targetName(context, loan);
        d.message = byDelete ? "`delete` of an object that " + quoted(owner) + " owns"
                             : second + " becomes a second owner of the object " + quoted(owner) + " owns";
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
                      const clang::ValueDecl* holder, bool overwritten) {
    Diagnostic d = finding(RuleId::Leak);
    const std::string name = holder ? holder->getNameAsString() : "the pointer";
    d.message = "the object " + quoted(name) + " points to is never deleted on this path";
    SourceSpan at = context.spans.span(exit->getSourceRange());
    if (const auto* block = llvm::dyn_cast<clang::CompoundStmt>(exit)) at = context.spans.point(block->getRBracLoc());
    d.primary = at;
    d.primaryLabel = overwritten ? quoted(name) + " is overwritten here, and the object it pointed to is lost"
                                 : quoted(name) + " goes out of scope here, and the object is lost";
    d.labels.push_back({context.spans.span(allocation->getSourceRange()), "allocated here"});
    d.notes.push_back("nothing deletes the object on this path, so its memory is never given back");
    d.help = "let a smart pointer own it (`auto " + name + " = std::make_unique<...>(...);`) so it is freed on every path";
    return d;
}

} // namespace ownlings::engine
