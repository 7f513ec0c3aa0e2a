// The borrow analysis' transfer function, part three: exclusive-mutable-borrow
// (aliasing XOR mutation), on the same loans as the other borrow rules.
//
// Two shapes are reported:
// - one call borrows an object through two arguments, at least one of them a
//   non-const reference or pointer parameter (`append_twice(word, word)`);
// - a non-const reference or pointer variable holds a borrow of an object, the
//   object is used by its own name, and the variable is used again later. The
//   use by name is recorded on the loan (LoanFacts::conflicts) as the dataflow
//   runs; a later use of the variable that still holds the loan reports it.
//
// It stays quiet where it cannot tell: two elements of one container (the
// indices may differ), iterators, by-reference captures, `this`, library
// functions (which handle aliasing themselves, like `std::swap(x, x)`), and
// loans that something ended (the bug rules report those instead).
#include "engine/analyses/borrow_transfer.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/exclusive_borrow_report.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::dyn_cast_or_null;
using clang::isa;

/// What a learner-written non-const reference or pointer variable refers to;
/// nullopt for anything else (const, implicit `__range1`, structured bindings, members).
std::optional<clang::QualType> mutableReferent(const Place& holder) {
    if (holder.isThis() || !holder.steps.empty()) return std::nullopt;
    const auto* var = dyn_cast<clang::VarDecl>(holder.root);
    if (!var || var->isImplicit() || isa<clang::DecompositionDecl>(var)) return std::nullopt;
    const clang::QualType type = var->getType();
    clang::QualType referent;
    if (type->isLValueReferenceType()) referent = type.getNonReferenceType();
    else if (type->isPointerType()) referent = type->getPointeeType();
    else return std::nullopt;
    if (referent.isConstQualified() || referent->isFunctionType()) return std::nullopt;
    return referent;
}

/// The type of the object a loan borrows.
clang::QualType targetType(const LoanTarget& target) {
    const Place& place = target.place;
    clang::QualType type;
    if (!place.steps.empty()) type = place.steps.back().field ? place.steps.back().field->getType() : clang::QualType();
    else if (place.root) type = place.root->getType();
    if (type.isNull()) return type;
    type = type.getNonReferenceType();
    if (target.kind == TargetKind::Pointee) return type->isPointerType() ? type->getPointeeType() : clang::QualType();
    return type;
}

bool sameType(clang::QualType a, clang::QualType b) {
    if (a.isNull() || b.isNull()) return false;
    return a.getCanonicalType().getUnqualifiedType() == b.getCanonicalType().getUnqualifiedType();
}

/// Loans the rule looks at: borrows of a named object, not of temporaries, the
/// heap, "any element read out of a container", iterators or lambda captures.
bool trackedLoan(const Loan& loan) {
    const bool named = loan.target.kind == TargetKind::Local ||
                       (loan.target.kind == TargetKind::Pointee && !loan.target.reachable);
    return named && !loan.target.place.isThis() && !loan.summary && !loan.capture && loan.kind != LoanKind::Iterator;
}

/// True when a borrow through a `referent&` covers its whole target (`int& r = x`),
/// not an element or a part of it (`int& first = v[0]`).
bool borrowsWhole(const Loan& loan, std::optional<clang::QualType> referent) {
    return referent && loan.kind == LoanKind::Object && sameType(*referent, targetType(loan.target));
}

/// `v` in `v[i]`, `v.at(i)`, `v.front()`, `v.back()`: a use of one element,
/// which may or may not be the one a reference into `v` names.
bool usedForOneElement(const clang::Expr* used, const clang::ParentMap& parents) {
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = meaningfulParent(parents, used, &child);
    if (const auto* op = dyn_cast_or_null<clang::CXXOperatorCallExpr>(parent))
        return op->getOperator() == clang::OO_Subscript && op->getNumArgs() == 2 && op->getArg(0) == child;
    if (const auto* subscript = dyn_cast_or_null<clang::ArraySubscriptExpr>(parent)) return subscript->getBase() == child;
    const auto* member = dyn_cast_or_null<clang::MemberExpr>(parent);
    const auto* method = member ? dyn_cast<clang::CXXMethodDecl>(member->getMemberDecl()) : nullptr;
    if (!method || !method->getIdentifier()) return false;
    const llvm::StringRef name = method->getName();
    return name == "at" || name == "front" || name == "back";
}

/// Whether this use of an object may change it: assigning to it, `++`, a
/// non-const member call, binding it to a non-const reference or pointer.
bool writesThrough(const clang::Expr* used, const clang::ParentMap& parents) {
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = meaningfulParent(parents, used, &child);
    if (const auto* member = dyn_cast_or_null<clang::MemberExpr>(parent)) {
        const auto* method = dyn_cast<clang::CXXMethodDecl>(member->getMemberDecl());
        return method && !method->isConst() && !method->isStatic();
    }
    if (const auto* unary = dyn_cast_or_null<clang::UnaryOperator>(parent))
        return unary->isIncrementDecrementOp() ||
               (unary->getOpcode() == clang::UO_AddrOf && !unary->getType()->getPointeeType().isConstQualified());
    if (const auto* binary = dyn_cast_or_null<clang::BinaryOperator>(parent))
        return binary->isAssignmentOp() && binary->getLHS()->IgnoreParenImpCasts() == used;
    if (const auto* call = dyn_cast_or_null<clang::CallExpr>(parent)) {
        const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
        if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic() && call->getArg(0) == child)
            return !method->isConst();
        const auto* arg = dyn_cast<clang::Expr>(child);
        const clang::FunctionDecl* callee = call->getDirectCallee();
        for (unsigned i = 0; arg && callee && i < call->getNumArgs(); ++i) {
            const unsigned param = i - (isa<clang::CXXOperatorCallExpr>(call) && method ? 1 : 0);
            if (call->getArg(i) != arg || param >= callee->getNumParams()) continue;
            const clang::QualType type = callee->getParamDecl(param)->getType();
            return type->isLValueReferenceType() && !type.getNonReferenceType().isConstQualified();
        }
    }
    return false;
}

bool sourceBefore(const clang::SourceManager& sources, const clang::Stmt* a, const clang::Stmt* b) {
    return sources.isBeforeInTranslationUnit(sources.getExpansionLoc(a->getBeginLoc()),
                                             sources.getExpansionLoc(b->getBeginLoc()));
}

/// How one argument of a call borrows: the loans it binds and whether mutably.
struct ArgumentBorrow {
    BorrowingArgument argument;
    Loans loans;
    std::optional<clang::QualType> referent; ///< the parameter's referent; nullopt for a view (a part at most)
};

/// For a parameter of `type`: whether it borrows mutably, and what a whole borrow
/// through it refers to. Nullopt when it does not borrow (by value, `T&&`).
std::optional<std::pair<bool, std::optional<clang::QualType>>> parameterBorrow(clang::QualType type) {
    if (type->isLValueReferenceType() || type->isPointerType()) {
        const clang::QualType referent = type->getPointeeType();
        return std::pair{!referent.isConstQualified(), std::optional(referent)};
    }
    if (isStdClass(type, {"basic_string_view"})) return std::pair{false, std::optional<clang::QualType>()};
    if (const auto* special = dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(type->getAsCXXRecordDecl());
        special && isStdClass(type, {"span"}) && special->getTemplateArgs().size() > 0 &&
        special->getTemplateArgs()[0].getKind() == clang::TemplateArgument::Type)
        return std::pair{!special->getTemplateArgs()[0].getAsType().isConstQualified(), std::optional<clang::QualType>()};
    return std::nullopt;
}

/// The object a view argument is made from in one piece: `v` in a `std::span<int>`
/// made from `v`, `s` in a `std::string_view` converted from `s`; null otherwise.
const clang::Expr* viewedWhole(const clang::Expr* arg) {
    const clang::Expr* expr = arg;
    for (int step = 0; step < 6 && expr; ++step) {
        expr = expr->IgnoreImplicit();
        if (const auto* cast = dyn_cast<clang::CXXFunctionalCastExpr>(expr)) {
            expr = cast->getSubExpr();
        } else if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(expr); construct && construct->getNumArgs() == 1) {
            expr = construct->getArg(0);
        } else if (const auto* call = dyn_cast<clang::CXXMemberCallExpr>(expr);
                   call && isa_and_nonnull<clang::CXXConversionDecl>(call->getMethodDecl())) {
            expr = call->getImplicitObjectArgument();
        } else {
            break;
        }
    }
    return expr && objectPlaceOf(expr) ? expr : nullptr;
}

/// The place both loans borrow, when they certainly overlap: two whole borrows of
/// overlapping places, or a whole borrow containing what the other borrows a part of.
const Loan* overlapping(const Loan& a, bool aWhole, const Loan& b, bool bWhole) {
    if (!trackedLoan(a) || !trackedLoan(b) || a.target.kind != b.target.kind) return nullptr;
    const Place& pa = a.target.place;
    const Place& pb = b.target.place;
    if (aWhole && bWhole) return pa.overlaps(pb) ? &b : nullptr;
    if (aWhole) return pa.contains(pb) ? &b : nullptr;
    if (bWhole) return pb.contains(pa) ? &a : nullptr;
    return nullptr; // two parts (`v[i]` and `v[j]`): they may be different elements
}

} // namespace

bool BorrowTransfer::exclusiveBorrowsChecked() const { return m_context.enabled(RuleId::ExclusiveMutableBorrow); }

/// A use of `place` by name: every non-const reference or pointer variable that
/// holds a borrow of it records the use, to report if the variable is used later.
void BorrowTransfer::recordConflicts(const clang::Expr* used, const Place& place, BorrowState& state) {
    if (place.isThis() || isa<clang::BindingDecl>(place.root) || place.root->isImplicit()) return;
    const bool oneElement = usedForOneElement(used, m_parents);
    for (auto& [holder, loans] : state.held) {
        const auto referent = holder.root == place.root ? std::nullopt : mutableReferent(holder);
        if (!referent) continue;
        for (auto& [id, facts] : loans) {
            const Loan& loan = m_tables.loan(id);
            if (!trackedLoan(loan) || loan.target.kind != TargetKind::Local) continue;
            const Place& target = loan.target.place;
            const bool conflict = borrowsWhole(loan, referent) ? place.overlaps(target) : !oneElement && place.contains(target);
            if (conflict) facts.conflicts.insert(used);
        }
    }
}

/// A use of a non-const reference or pointer variable that holds a loan whose
/// object was used by name since the borrow began.
void BorrowTransfer::noteUseAfterConflict(const clang::Expr* used, const Place& place, const Loans& candidates) {
    if (place.isThis()) return;
    const Place holder{place.root, {}};
    if (!mutableReferent(holder)) return;
    const clang::Stmt* child = nullptr;
    const clang::Stmt* parent = flowParent(used, &child);
    const bool pointer = place.steps.empty() && place.root->getType()->isPointerType();
    if (pointer && parent) {
        // Pointing it elsewhere or testing it for null does not use what it points to.
        if (const auto* binary = dyn_cast<clang::BinaryOperator>(parent);
            binary && binary->isAssignmentOp() && binary->getLHS()->IgnoreParenImpCasts() == used)
            return;
        if (isNullComparison(parent) || isTestedForTruth(m_parents, used)) return;
    }
    // Copying the borrow into another holder passes the conflict on with it.
    if (const auto* decl = dyn_cast_or_null<clang::DeclStmt>(parent)) {
        for (const clang::Decl* d : decl->decls())
            if (const auto* var = dyn_cast<clang::VarDecl>(d); var && var->getInit() && carriesLoans(var->getType())) return;
    }
    if (isa_and_nonnull<clang::ReturnStmt, clang::InitListExpr>(parent) && carriesLoans(used->getType())) return;
    if (isa_and_nonnull<clang::LambdaExpr>(parent)) return;
    for (const auto& [id, facts] : candidates) {
        if (facts.conflicts.empty() || !trackedLoan(m_tables.loan(id))) continue;
        const clang::SourceManager& sources = m_context.ast.getSourceManager();
        const clang::Expr* first = *std::min_element(facts.conflicts.begin(), facts.conflicts.end(),
                                                     [&](const clang::Expr* a, const clang::Expr* b) {
                                                         return sourceBefore(sources, a, b);
                                                     });
        m_usesAfterConflict.push_back({used, holder, id, first});
    }
}

/// Reports each conflicting use once, labelled with the first later use of the
/// holder after it in the source (or, in a loop, the one in the next iteration).
void BorrowTransfer::reportConflicts() {
    const clang::SourceManager& sources = m_context.ast.getSourceManager();
    std::stable_sort(m_usesAfterConflict.begin(), m_usesAfterConflict.end(),
                     [&](const UseAfterConflict& a, const UseAfterConflict& b) { return sourceBefore(sources, a.used, b.used); });
    // A use written before the conflict runs after it in the next iteration of a loop,
    // unless both are in one statement (`x = v.size()` reads `v` before writing `x`).
    auto nextIteration = [&](const UseAfterConflict& use) {
        return sourceBefore(sources, use.used, use.conflict) && fullExpressionOf(use.used) != fullExpressionOf(use.conflict);
    };
    for (const bool inNextIteration : {false, true}) {
        for (const UseAfterConflict& use : m_usesAfterConflict) {
            if (nextIteration(use) != inNextIteration) continue;
            const Loan& loan = m_tables.loan(use.loan);
            LiveBorrowConflict conflict;
            conflict.object = holderName(loan.target.place);
            conflict.holder = holderName(use.holder);
            conflict.holderIsWhole = borrowsWhole(loan, mutableReferent(use.holder));
            conflict.borrow = loan.site;
            conflict.conflict = use.conflict;
            conflict.conflictWrites = writesThrough(use.conflict, m_parents);
            conflict.later = use.used;
            conflict.nextIteration = inNextIteration;
            report(liveBorrowConflictReport(m_context, conflict), use.conflict);
        }
    }
}

/// One call that borrows an object through two arguments, at least one mutably.
void BorrowTransfer::aliasedArguments(const clang::CallExpr* call, const BorrowState& state) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee || isLibraryFunction(callee)) return;
    const auto* method = dyn_cast<clang::CXXMethodDecl>(callee);
    if (method && (method->isCopyAssignmentOperator() || method->isMoveAssignmentOperator())) return;
    const auto* op = dyn_cast<clang::CXXOperatorCallExpr>(call);
    std::vector<ArgumentBorrow> borrows;
    unsigned firstArg = 0;
    const clang::Expr* object = nullptr;
    if (const auto* member = dyn_cast<clang::CXXMemberCallExpr>(call)) object = member->getImplicitObjectArgument();
    else if (op && method && !method->isStatic() && call->getNumArgs() > 0) {
        object = call->getArg(0);
        firstArg = 1;
    }
    if (object && method && !method->isStatic()) {
        const bool arrow = object->getType()->isPointerType();
        const clang::QualType referent = arrow ? object->getType()->getPointeeType() : object->getType();
        borrows.push_back({{object, !method->isConst(), ""},
                           arrow ? m_values.valueOf(object, state) : m_values.referentOf(object, state), referent});
    }
    for (unsigned i = firstArg; i < call->getNumArgs() && i - firstArg < callee->getNumParams(); ++i) {
        const clang::ParmVarDecl* param = callee->getParamDecl(i - firstArg);
        const auto how = parameterBorrow(param->getType());
        if (!how || isa<clang::CXXDefaultArgExpr>(call->getArg(i))) continue;
        const clang::Expr* arg = call->getArg(i);
        const BorrowingArgument argument{arg, how->first, param->getNameAsString()};
        if (param->getType()->isReferenceType()) {
            borrows.push_back({argument, m_values.referentOf(arg, state), how->second});
        } else if (how->second) {
            borrows.push_back({argument, m_values.valueOf(arg, state), how->second}); // a pointer
        } else if (const clang::Expr* whole = viewedWhole(arg)) {
            borrows.push_back({argument, m_values.referentOf(whole, state), whole->getType()}); // a view of all of it
        } else {
            borrows.push_back({argument, m_values.valueOf(arg, state), std::nullopt});
        }
    }
    for (std::size_t j = 1; j < borrows.size(); ++j) {
        for (std::size_t i = 0; i < j; ++i) {
            const ArgumentBorrow& a = borrows[i];
            const ArgumentBorrow& b = borrows[j];
            if (!a.argument.mutableBorrow && !b.argument.mutableBorrow) continue;
            for (const auto& [ida, fa] : a.loans) {
                for (const auto& [idb, fb] : b.loans) {
                    const Loan& la = m_tables.loan(ida);
                    const Loan& lb = m_tables.loan(idb);
                    const Loan* shared = overlapping(la, borrowsWhole(la, a.referent), lb, borrowsWhole(lb, b.referent));
                    if (!shared) continue;
                    AliasedCall aliased;
                    aliased.object = (shared->target.kind == TargetKind::Pointee ? "*" : "") + holderName(shared->target.place);
                    aliased.callee = op && op->getOperator() == clang::OO_Call ? describe(call->getArg(0)) : callee->getNameAsString();
                    if (const auto* member = dyn_cast<clang::MemberExpr>(call->getCallee()->IgnoreParenImpCasts()))
                        aliased.calleeSpan = m_context.spans.point(member->getMemberLoc());
                    else if (op && op->getOperator() == clang::OO_Call)
                        aliased.calleeSpan = m_context.spans.span(call->getArg(0)->getSourceRange());
                    else if (op)
                        aliased.calleeSpan = m_context.spans.point(op->getOperatorLoc());
                    else
                        aliased.calleeSpan = m_context.spans.span(call->getCallee()->getSourceRange());
                    aliased.first = a.argument;
                    aliased.second = b.argument;
                    report(aliasedCallReport(m_context, aliased), b.argument.expr->IgnoreParenImpCasts());
                    return; // one call, one finding
                }
            }
        }
    }
}

} // namespace ownlings::engine
