// Loans of expressions: places, temporaries, heap objects, and function results.
#include "engine/analyses/borrow_values.h"

#include "engine/ir/ast_helpers.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/Attr.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::isa;

void addAll(LoanSet& into, const LoanSet& from) { into.insert(from.begin(), from.end()); }

bool isReferenceVariable(const clang::ValueDecl* decl) { return decl && decl->getType()->isReferenceType(); }

bool returnsReference(const clang::CallExpr* call) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    return callee && callee->getReturnType()->isReferenceType();
}

/// `T& operator=(...)`, `T& append(...)`: a member that returns its own object.
bool returnsOwnObject(const clang::CXXMethodDecl* method) {
    const clang::QualType result = method->getReturnType();
    if (!result->isReferenceType()) return false;
    const clang::CXXRecordDecl* returned = result.getNonReferenceType()->getAsCXXRecordDecl();
    return returned && returned->getCanonicalDecl() == method->getParent()->getCanonicalDecl();
}

bool isLifetimeBound(const clang::ParmVarDecl* param) { return param && param->hasAttr<clang::LifetimeBoundAttr>(); }

/// The argument a parameter of a direct call receives, accounting for member operators.
const clang::Expr* argumentFor(const clang::CallExpr* call, unsigned param, unsigned firstArg) {
    return param + firstArg < call->getNumArgs() ? call->getArg(param + firstArg) : nullptr;
}

LoanKind kindForResult(clang::QualType result) {
    return isIteratorType(result) ? LoanKind::Iterator : LoanKind::Elements;
}

} // namespace

BorrowValues::BorrowValues(BorrowTables& tables) : m_tables(tables) {}

LoanSet BorrowValues::rekind(const LoanSet& loans, LoanKind kind, const clang::Expr* site) {
    LoanSet result;
    for (LoanId id : loans) {
        Loan loan = m_tables.loan(id);
        loan.kind = kind;
        loan.site = site;
        result.insert(m_tables.loan(loan));
    }
    return result;
}

LoanSet BorrowValues::rekindKeepingKind(const LoanSet& loans, const clang::Expr* site) {
    LoanSet result;
    for (LoanId id : loans) {
        Loan loan = m_tables.loan(id);
        loan.site = site;
        result.insert(m_tables.loan(loan));
    }
    return result;
}

LoanSet BorrowValues::temporary(const clang::Expr* temp, LoanKind kind, const clang::Expr* site) {
    const auto* materialized = dyn_cast<clang::MaterializeTemporaryExpr>(temp);
    if (materialized && materialized->getExtendingDecl()) {
        // A temporary bound to a local reference lives as long as that reference.
        const auto* var = dyn_cast<clang::VarDecl>(materialized->getExtendingDecl());
        if (!var || !var->hasLocalStorage()) return {};
        return {m_tables.loan(Loan{{TargetKind::Local, Place{var, {}}, nullptr, false}, kind, site, false})};
    }
    return {m_tables.loan(Loan{{TargetKind::Temporary, {}, temp, false}, kind, site, false})};
}

LoanSet BorrowValues::borrowPlace(const Place& place, LoanKind kind, const clang::Expr* site,
                                  const BorrowState& state) {
    if (place.isThis()) return {}; // `*this` outlives the function
    if (isReferenceVariable(place.root)) {
        // A reference names what it refers to; a reference parameter refers to the caller's object.
        // Binding to it keeps what kind of borrow it is (a reference to an element
        // stays one); calling a container's member through it borrows the elements.
        auto held = state.held.find(Place{place.root, {}});
        if (held == state.held.end()) return {};
        return kind == LoanKind::Object ? rekindKeepingKind(held->second, site) : rekind(held->second, kind, site);
    }
    return {m_tables.loan(Loan{{TargetKind::Local, place, nullptr, false}, kind, site, false})};
}

std::vector<Place> BorrowValues::placesNamed(const clang::Expr* expr, const BorrowState& state) {
    std::vector<Place> places;
    if (auto place = objectPlaceOf(expr); place && !isReferenceVariable(place->root) && !place->isThis()) {
        places.push_back(*place);
        return places;
    }
    for (LoanId id : referentOf(expr, state)) {
        const LoanTarget& target = m_tables.loan(id).target;
        if (target.kind == TargetKind::Local) places.push_back(target.place);
    }
    return places;
}

LoanSet BorrowValues::readThrough(const LoanSet& loans, const BorrowState& state) {
    LoanSet result;
    for (LoanId id : loans) {
        const Loan& loan = m_tables.loan(id);
        if (loan.target.kind == TargetKind::Local) {
            addAll(result, state.heldWithin(loan.target.place));
        } else if (loan.target.kind == TargetKind::Heap) {
            // A pointer loaded out of a heap object points somewhere reachable from it.
            LoanTarget reached = loan.target;
            reached.reachable = true;
            result.insert(m_tables.loan(Loan{reached, LoanKind::Object, loan.site, false}));
        }
    }
    return result;
}

LoanSet BorrowValues::readValue(const clang::Expr* expr, const BorrowState& state) {
    if (auto place = objectPlaceOf(expr); place && !place->isThis()) {
        if (!isReferenceVariable(place->root)) return state.heldWithin(*place);
    }
    return readThrough(referentOf(expr, state), state);
}

LoanSet BorrowValues::referentOf(const clang::Expr* expr, const BorrowState& state) {
    if (!expr) return {};
    expr = expr->IgnoreParens();
    if (auto place = objectPlaceOf(expr)) return borrowPlace(*place, LoanKind::Object, expr, state);
    if (const auto* cast = dyn_cast<clang::ImplicitCastExpr>(expr)) return referentOf(cast->getSubExpr(), state);
    if (const auto* full = dyn_cast<clang::FullExpr>(expr)) return referentOf(full->getSubExpr(), state);
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(expr)) {
        if (unary->getOpcode() == clang::UO_Deref) return rekind(valueOf(unary->getSubExpr(), state), LoanKind::Object, expr);
        return {};
    }
    if (const auto* member = dyn_cast<clang::MemberExpr>(expr)) {
        if (member->isArrow()) return rekind(valueOf(member->getBase(), state), LoanKind::Object, expr);
        return referentOf(member->getBase(), state);
    }
    if (const auto* subscript = dyn_cast<clang::ArraySubscriptExpr>(expr)) {
        const clang::Expr* base = subscript->getBase()->IgnoreParenImpCasts();
        if (base->getType()->isArrayType()) return referentOf(base, state);
        return valueOf(subscript->getBase(), state);
    }
    if (const auto* temp = dyn_cast<clang::MaterializeTemporaryExpr>(expr)) return temporary(temp, LoanKind::Object, temp);
    if (const auto* conditional = dyn_cast<clang::AbstractConditionalOperator>(expr)) {
        LoanSet loans = referentOf(conditional->getTrueExpr(), state);
        addAll(loans, referentOf(conditional->getFalseExpr(), state));
        return loans;
    }
    if (const auto* call = dyn_cast<clang::CallExpr>(expr)) {
        if (isMoveCast(call)) return referentOf(call->getArg(0), state);
        return callResult(call, state);
    }
    return {};
}

LoanSet BorrowValues::castValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* cast = dyn_cast<clang::CastExpr>(expr);
    switch (cast->getCastKind()) {
    case clang::CK_LValueToRValue: return readValue(cast->getSubExpr(), state);
    case clang::CK_ArrayToPointerDecay: return rekind(referentOf(cast->getSubExpr(), state), LoanKind::Elements, expr);
    case clang::CK_NullToPointer:
    case clang::CK_NullToMemberPointer: return {};
    default: return valueOf(cast->getSubExpr(), state);
    }
}

LoanSet BorrowValues::lambdaValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* lambda = dyn_cast<clang::LambdaExpr>(expr);
    LoanSet loans;
    auto init = lambda->capture_init_begin();
    for (auto capture = lambda->capture_begin(); capture != lambda->capture_end(); ++capture, ++init) {
        if (!capture->capturesVariable()) continue;
        const auto* var = dyn_cast<clang::VarDecl>(capture->getCapturedVar());
        if (capture->getCaptureKind() == clang::LCK_ByRef && var && var->hasLocalStorage()) {
            for (LoanId id : borrowPlace(Place{var, {}}, LoanKind::Object, expr, state)) {
                Loan loan = m_tables.loan(id);
                loan.capture = true;
                loans.insert(m_tables.loan(loan));
            }
        } else if (*init) {
            addAll(loans, valueOf(*init, state));
        }
    }
    return loans;
}

LoanSet BorrowValues::constructValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* construct = dyn_cast<clang::CXXConstructExpr>(expr);
    const clang::CXXConstructorDecl* ctor = construct->getConstructor();
    if (!ctor || !carriesLoans(construct->getType())) return {};
    if (ctor->isCopyOrMoveConstructor() && construct->getNumArgs() >= 1) return valueOf(construct->getArg(0), state);
    const bool view = isViewType(construct->getType());
    const bool stdClass = ctor->getParent()->isInStdNamespace();
    LoanSet loans;
    for (unsigned i = 0; i < construct->getNumArgs() && i < ctor->getNumParams(); ++i) {
        const clang::Expr* arg = construct->getArg(i);
        const clang::QualType param = ctor->getParamDecl(i)->getType();
        if (carriesLoans(arg->getType())) addAll(loans, valueOf(arg, state));
        else if (view && containerFamily(arg->getType()) != ContainerFamily::None)
            addAll(loans, ownerElements(arg, LoanKind::Elements, expr, state));
        else if (!stdClass && param->isLValueReferenceType())
            addAll(loans, referentOf(arg, state)); // a user class may keep the reference it is given
    }
    return loans;
}

LoanSet BorrowValues::valueOf(const clang::Expr* expr, const BorrowState& state) {
    if (!expr) return {};
    expr = expr->IgnoreParens();
    if (isa<clang::CastExpr>(expr) && !isa<clang::ExplicitCastExpr>(expr)) return castValue(expr, state);
    if (const auto* cast = dyn_cast<clang::ExplicitCastExpr>(expr)) return valueOf(cast->getSubExpr(), state);
    if (const auto* full = dyn_cast<clang::FullExpr>(expr)) return valueOf(full->getSubExpr(), state);
    if (const auto* temp = dyn_cast<clang::MaterializeTemporaryExpr>(expr)) return valueOf(temp->getSubExpr(), state);
    if (const auto* bind = dyn_cast<clang::CXXBindTemporaryExpr>(expr)) return valueOf(bind->getSubExpr(), state);
    if (isa<clang::DeclRefExpr, clang::MemberExpr, clang::ArraySubscriptExpr>(expr)) return readValue(expr, state);
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(expr)) {
        if (unary->getOpcode() == clang::UO_AddrOf) return rekindKeepingKind(referentOf(unary->getSubExpr(), state), expr);
        if (unary->getOpcode() == clang::UO_Deref) return readValue(expr, state);
        if (unary->isIncrementDecrementOp()) return valueOf(unary->getSubExpr(), state);
        return {};
    }
    if (const auto* binary = dyn_cast<clang::BinaryOperator>(expr)) {
        if (binary->getOpcode() == clang::BO_Comma || binary->isAssignmentOp()) return valueOf(binary->getRHS(), state);
        if (binary->isAdditiveOp() && binary->getType()->isPointerType())
            return valueOf(binary->getLHS()->getType()->isPointerType() ? binary->getLHS() : binary->getRHS(), state);
        return {};
    }
    if (const auto* newExpr = dyn_cast<clang::CXXNewExpr>(expr))
        return {m_tables.loan(Loan{{TargetKind::Heap, {}, newExpr, false}, LoanKind::Object, newExpr, false})};
    if (const auto* call = dyn_cast<clang::CallExpr>(expr)) {
        if (returnsReference(call) || isMoveCast(call)) return readThrough(referentOf(call, state), state);
        return callResult(call, state);
    }
    if (isa<clang::CXXConstructExpr>(expr)) return constructValue(expr, state);
    if (isa<clang::LambdaExpr>(expr)) return lambdaValue(expr, state);
    if (const auto* list = dyn_cast<clang::InitListExpr>(expr)) {
        LoanSet loans;
        for (const clang::Expr* init : list->inits()) addAll(loans, valueOf(init, state));
        return loans;
    }
    if (const auto* init = dyn_cast<clang::CXXStdInitializerListExpr>(expr)) return valueOf(init->getSubExpr(), state);
    if (const auto* conditional = dyn_cast<clang::AbstractConditionalOperator>(expr)) {
        LoanSet loans = valueOf(conditional->getTrueExpr(), state);
        addAll(loans, valueOf(conditional->getFalseExpr(), state));
        return loans;
    }
    return {};
}

LoanSet BorrowValues::ownerElements(const clang::Expr* object, LoanKind kind, const clang::Expr* site,
                                    const BorrowState& state) {
    const clang::Expr* bare = stripImplicitCasts(object);
    if (isa<clang::MaterializeTemporaryExpr>(bare)) return temporary(bare, kind, site);
    if (bare->isPRValue()) return {};
    if (auto place = objectPlaceOf(bare)) return borrowPlace(*place, kind, site, state);
    return rekind(referentOf(bare, state), kind, site);
}

LoanSet BorrowValues::memberCallResult(const clang::Expr* object, const clang::CallExpr* call,
                                       const BorrowState& state) {
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    const clang::QualType result = call->getType();
    if (!method || !object) return {};
    // The object's own type, not the base class a member was found in (`__shared_ptr`).
    const clang::QualType objectType = object->IgnoreParenImpCasts()->getType();
    if (isBorrowerType(objectType)) {
        // A view's or iterator's results borrow what the view or iterator borrows.
        return rekind(valueOf(object, state), kindForResult(result), call);
    }
    if (isOwningSmartPointer(objectType)) {
        const std::string_view name = calleeName(call);
        if (method->getOverloadedOperator() == clang::OO_Star || method->getOverloadedOperator() == clang::OO_Arrow ||
            name == "get") {
            const clang::Expr* bare = stripImplicitCasts(object);
            if (isa<clang::MaterializeTemporaryExpr>(bare)) return temporary(bare, LoanKind::Object, call);
            auto place = objectPlaceOf(bare);
            if (!place || place->isThis() || isReferenceVariable(place->root)) return {};
            return {m_tables.loan(Loan{{TargetKind::Owned, *place, nullptr, false}, LoanKind::Object, call, false})};
        }
        return {};
    }
    if (returnsOwnObject(method)) return referentOf(object, state);
    if (containerFamily(objectType) != ContainerFamily::None)
        return ownerElements(object, kindForResult(result), call, state);
    if (isCallableHolder(objectType) || objectType->getAsCXXRecordDecl() == nullptr) return {};
    // Elision for methods: a returned reference or view borrows from `*this`.
    LoanSet loans = ownerElements(object, LoanKind::Object, call, state);
    if (carriesLoans(objectType)) addAll(loans, readValue(object, state));
    return loans;
}

LoanSet BorrowValues::freeCallResult(const clang::CallExpr* call, unsigned firstArg, const BorrowState& state) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee) return {};
    bool anyBound = false;
    for (const clang::ParmVarDecl* param : callee->parameters()) anyBound |= isLifetimeBound(param);
    LoanSet loans;
    for (unsigned i = 0; i < callee->getNumParams(); ++i) {
        const clang::ParmVarDecl* param = callee->getParamDecl(i);
        const clang::Expr* arg = argumentFor(call, i, firstArg);
        if (!arg || (anyBound && !isLifetimeBound(param))) continue;
        const clang::QualType type = param->getType();
        if (type->isLValueReferenceType()) {
            addAll(loans, referentOf(arg, state));
            if (carriesLoans(type.getNonReferenceType())) addAll(loans, valueOf(arg, state));
        } else if (carriesLoans(type.getNonReferenceType())) {
            // By value or by `T&&`: the callee keeps what the value carries, not the argument object.
            addAll(loans, valueOf(arg, state));
        }
    }
    return loans;
}

LoanSet BorrowValues::callResult(const clang::CallExpr* call, const BorrowState& state) {
    if (!carriesLoans(call->getType()) && !returnsReference(call)) return {};
    if (isMoveCast(call)) return referentOf(call->getArg(0), state);
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (const auto* member = dyn_cast<clang::CXXMemberCallExpr>(call))
        return memberCallResult(member->getImplicitObjectArgument(), call, state);
    if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic())
        return memberCallResult(call->getArg(0), call, state);
    return freeCallResult(call, 0, state);
}

} // namespace ownlings::engine
