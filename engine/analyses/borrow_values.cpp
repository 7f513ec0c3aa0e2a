// Loans of expressions: places, temporaries, heap objects, and function results.
#include "engine/analyses/borrow_values.h"

#include "engine/analyses/borrow_summary.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/Attr.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/DeclTemplate.h>
#include <clang/AST/Expr.h>
#include <clang/AST/ExprCXX.h>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::isa;

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

LoanKind kindForResult(clang::QualType result) {
    return isIteratorType(result) ? LoanKind::Iterator : LoanKind::Elements;
}

bool isCAllocation(const clang::CallExpr* call) {
    const std::string_view name = calleeName(call);
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee || (!callee->getDeclContext()->getRedeclContext()->isTranslationUnit() && !callee->isInStdNamespace()))
        return false;
    return name == "malloc" || name == "calloc" || name == "realloc" || name == "strdup" || name == "aligned_alloc";
}

/// The type a result points or refers to, when that narrows what it can borrow.
std::optional<clang::QualType> pointedType(clang::QualType result) {
    if (result->isReferenceType() || result->isPointerType()) return result->getPointeeType();
    return std::nullopt;
}

bool holdsType(clang::QualType holder, clang::QualType wanted, int depth);

bool recordHolds(const clang::CXXRecordDecl* record, clang::QualType wanted, int depth) {
    if (!record || !record->hasDefinition()) return false;
    if (const auto* special = dyn_cast<clang::ClassTemplateSpecializationDecl>(record))
        for (const clang::TemplateArgument& arg : special->getTemplateArgs().asArray())
            if (arg.getKind() == clang::TemplateArgument::Type && holdsType(arg.getAsType(), wanted, depth + 1)) return true;
    if (record->isInStdNamespace()) return isStdClass(clang::QualType(record->getTypeForDecl(), 0), {"basic_string"}) &&
                                           wanted->isAnyCharacterType();
    for (const clang::FieldDecl* field : record->fields())
        if (holdsType(field->getType(), wanted, depth + 1)) return true;
    for (const clang::CXXBaseSpecifier& base : record->bases())
        if (holdsType(base.getType(), wanted, depth + 1)) return true;
    return false;
}

bool holdsType(clang::QualType holder, clang::QualType wanted, int depth) {
    if (depth > 3 || holder.isNull()) return false;
    holder = holder.getNonReferenceType().getCanonicalType().getUnqualifiedType();
    wanted = wanted.getCanonicalType().getUnqualifiedType();
    if (holder == wanted || wanted->isVoidType() || wanted->isDependentType() || holder->isDependentType()) return true;
    if (const auto* array = holder->getAsArrayTypeUnsafe()) return holdsType(array->getElementType(), wanted, depth + 1);
    return recordHolds(holder->getAsCXXRecordDecl(), wanted, depth);
}

/// A user class keeps a reference to an argument only in a member that can point to the argument's type.
bool keepsReferenceTo(const clang::CXXRecordDecl* record, clang::QualType argument) {
    for (const clang::FieldDecl* field : record->fields()) {
        const clang::QualType type = field->getType();
        if ((type->isReferenceType() || type->isPointerType()) && holdsType(argument, type->getPointeeType(), 0)) return true;
        if (isViewType(type) && containerFamily(argument) != ContainerFamily::None) return true;
    }
    return false;
}

/// The `value_type` an iterator class declares, when it declares one.
std::optional<clang::QualType> iteratorValueType(const clang::CXXRecordDecl* iterator) {
    if (!iterator || !iterator->hasDefinition()) return std::nullopt;
    for (const clang::NamedDecl* decl : iterator->lookup(&iterator->getASTContext().Idents.get("value_type")))
        if (const auto* alias = dyn_cast<clang::TypedefNameDecl>(decl)) return alias->getUnderlyingType();
    return std::nullopt;
}

/// An iterator points into a range, never at a lone value such as the `3` of
/// `std::find(v.begin(), v.end(), 3)` or a key passed to `lower_bound`.
bool iteratorMayPointInto(clang::QualType iterator, clang::QualType from) {
    const clang::QualType type = from.getNonReferenceType();
    if (type->isArithmeticType() || type->isEnumeralType()) return false;
    const clang::CXXRecordDecl* record = iterator.getNonReferenceType()->getAsCXXRecordDecl();
    const std::optional<clang::QualType> element = iteratorValueType(record);
    return !(element && record->getASTContext().hasSameUnqualifiedType(*element, type));
}

} // namespace

bool mayPointInto(clang::QualType result, clang::QualType from) {
    if (isIteratorType(result)) return iteratorMayPointInto(result, from);
    auto pointed = pointedType(result);
    if (!pointed) return true;
    return holdsType(from, *pointed, 0);
}

BorrowValues::BorrowValues(BorrowTables& tables, SummaryCache* summaries) : m_tables(tables), m_summaries(summaries) {}

Loans BorrowValues::pointee(const Loans& pointer, const clang::Expr* site) {
    // What a pointer or iterator into a container's elements points at is one element,
    // not the container: changing it leaves the container's other borrows alone.
    Loans wholeObjects;
    Loans elements;
    for (const auto& [id, facts] : pointer) (m_tables.loan(id).kind == LoanKind::Object ? wholeObjects : elements)[id] = facts;
    Loans result = rekind(wholeObjects, LoanKind::Object, site);
    mergeLoans(result, rekind(elements, LoanKind::Elements, site));
    return result;
}

Loans BorrowValues::fresh(const Loan& loan) {
    Loan made = loan;
    if (!made.origin) made.origin = made.site;
    return {{m_tables.loan(made), LoanFacts{}}};
}

Loans BorrowValues::rekind(const Loans& loans, std::optional<LoanKind> kind, const clang::Expr* site, bool summary) {
    Loans result;
    for (const auto& [id, facts] : loans) {
        Loan loan = m_tables.loan(id);
        if (!loan.origin) loan.origin = loan.site;
        if (kind) loan.kind = *kind;
        if (site) loan.site = site;
        loan.summary |= summary;
        result[m_tables.loan(loan)].merge(facts);
    }
    return result;
}

Loans BorrowValues::temporary(const clang::Expr* temp, LoanKind kind, const clang::Expr* site) {
    const auto* materialized = dyn_cast<clang::MaterializeTemporaryExpr>(temp);
    if (materialized && materialized->getExtendingDecl()) {
        // A temporary bound to a local reference lives as long as that reference.
        const auto* var = dyn_cast<clang::VarDecl>(materialized->getExtendingDecl());
        if (!var || !var->hasLocalStorage()) return {};
        return fresh(Loan{{TargetKind::Local, Place{var, {}}, nullptr, false}, kind, site});
    }
    return fresh(Loan{{TargetKind::Temporary, {}, temp, false}, kind, site});
}

Loans BorrowValues::borrowPlace(const Place& place, LoanKind kind, const clang::Expr* site, const BorrowState& state) {
    if (const auto* binding = dyn_cast_or_null<clang::BindingDecl>(place.root)) {
        // A structured binding names part of its hidden object: borrow that object.
        if (const auto* whole = dyn_cast_or_null<clang::VarDecl>(binding->getDecomposedDecl()))
            return borrowPlace(Place{whole, {}}, kind, site, state);
    }
    if (!place.isThis() && isReferenceVariable(place.root)) {
        // Binding to it keeps what kind of borrow it is (a reference to an element
        // stays one); calling a container's member through it borrows the elements.
        auto held = state.held.find(Place{place.root, {}});
        if (held == state.held.end()) return {};
        return rekind(held->second, kind == LoanKind::Object ? std::nullopt : std::optional(kind), site);
    }
    return fresh(Loan{{TargetKind::Local, place, nullptr, false}, kind, site});
}

std::vector<Place> BorrowValues::placesNamed(const clang::Expr* expr, const BorrowState& state) {
    return namedPlaces(expr, state, /*throughElements=*/true);
}

std::vector<Place> BorrowValues::wholeObjectsNamed(const clang::Expr* expr, const BorrowState& state) {
    return namedPlaces(expr, state, /*throughElements=*/false);
}

std::vector<Place> BorrowValues::namedPlaces(const clang::Expr* expr, const BorrowState& state, bool throughElements) {
    if (auto place = objectPlaceOf(expr); place && (place->isThis() || !isReferenceVariable(place->root)) &&
                                          !isa_and_nonnull<clang::BindingDecl>(place->root))
        return {*place};
    std::vector<Place> places;
    for (const auto& [id, facts] : referentOf(expr, state)) {
        const Loan& loan = m_tables.loan(id);
        if (loan.target.kind == TargetKind::Local && (throughElements || loan.kind == LoanKind::Object))
            places.push_back(loan.target.place);
    }
    return places;
}

Loans BorrowValues::readThrough(const Loans& loans, const BorrowState& state, int depth) {
    Loans result;
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        const LoanTarget& target = loan.target;
        if (target.kind == TargetKind::Local) {
            const bool reference = !target.place.isThis() && target.place.steps.empty() && isReferenceVariable(target.place.root);
            if (reference) {
                auto held = state.held.find(target.place);
                if (depth < 3 && held != state.held.end() && !held->second.count(id))
                    mergeLoans(result, readThrough(held->second, state, depth + 1));
                continue;
            }
            // An element read out of a container may be any of its elements.
            const bool element = loan.kind != LoanKind::Object;
            mergeLoans(result, element ? rekind(state.heldWithin(target.place), std::nullopt, nullptr, true)
                                       : state.heldWithin(target.place));
        } else if (target.kind == TargetKind::Heap || target.kind == TargetKind::Pointee) {
            // A pointer loaded out of an object points somewhere reachable from it.
            LoanTarget reached = target;
            reached.reachable = true;
            mergeLoans(result, fresh(Loan{reached, LoanKind::Object, loan.site, false, loan.summary}));
        }
    }
    return result;
}

Loans BorrowValues::readValue(const clang::Expr* expr, const BorrowState& state) {
    if (auto place = objectPlaceOf(expr); place && !isa_and_nonnull<clang::BindingDecl>(place->root)) {
        if (place->isThis() || !isReferenceVariable(place->root)) return state.heldWithin(*place);
    }
    return readThrough(referentOf(expr, state), state);
}

Loans BorrowValues::referentOf(const clang::Expr* expr, const BorrowState& state) {
    if (!expr) return {};
    expr = expr->IgnoreParens();
    if (auto place = objectPlaceOf(expr)) return borrowPlace(*place, LoanKind::Object, expr, state);
    if (const auto* cast = dyn_cast<clang::ImplicitCastExpr>(expr)) return referentOf(cast->getSubExpr(), state);
    if (const auto* full = dyn_cast<clang::FullExpr>(expr)) return referentOf(full->getSubExpr(), state);
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(expr)) {
        if (unary->getOpcode() == clang::UO_Deref) return pointee(valueOf(unary->getSubExpr(), state), expr);
        return {};
    }
    if (const auto* member = dyn_cast<clang::MemberExpr>(expr)) {
        if (member->isArrow()) return pointee(valueOf(member->getBase(), state), expr);
        return referentOf(member->getBase(), state);
    }
    if (const auto* subscript = dyn_cast<clang::ArraySubscriptExpr>(expr)) {
        const clang::Expr* base = subscript->getBase()->IgnoreParenImpCasts();
        if (base->getType()->isArrayType()) return rekind(referentOf(base, state), LoanKind::Elements, expr);
        return valueOf(subscript->getBase(), state);
    }
    if (const auto* temp = dyn_cast<clang::MaterializeTemporaryExpr>(expr)) return temporary(temp, LoanKind::Object, temp);
    if (const auto* conditional = dyn_cast<clang::AbstractConditionalOperator>(expr)) {
        Loans loans = referentOf(conditional->getTrueExpr(), state);
        mergeLoans(loans, referentOf(conditional->getFalseExpr(), state));
        return loans;
    }
    if (const auto* call = dyn_cast<clang::CallExpr>(expr)) {
        if (isMoveCast(call)) return referentOf(call->getArg(0), state);
        return callResult(call, state);
    }
    return {};
}

Loans BorrowValues::castValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* cast = dyn_cast<clang::CastExpr>(expr);
    switch (cast->getCastKind()) {
    case clang::CK_LValueToRValue: return readValue(cast->getSubExpr(), state);
    case clang::CK_ArrayToPointerDecay: return rekind(referentOf(cast->getSubExpr(), state), LoanKind::Elements, expr);
    case clang::CK_NullToPointer:
    case clang::CK_NullToMemberPointer: return {};
    default: return valueOf(cast->getSubExpr(), state);
    }
}

Loans BorrowValues::lambdaValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* lambda = dyn_cast<clang::LambdaExpr>(expr);
    Loans loans;
    auto init = lambda->capture_init_begin();
    for (auto capture = lambda->capture_begin(); capture != lambda->capture_end(); ++capture, ++init) {
        if (capture->capturesThis()) {
            // `[this]`: the lambda refers to the object the method runs on.
            Loan loan{{TargetKind::Local, Place{nullptr, {}}, nullptr, false}, LoanKind::Object, expr};
            loan.capture = true;
            loans[m_tables.loan(loan)];
            continue;
        }
        if (!capture->capturesVariable()) continue;
        const auto* var = dyn_cast<clang::VarDecl>(capture->getCapturedVar());
        if (capture->getCaptureKind() == clang::LCK_ByRef && var && var->hasLocalStorage()) {
            for (const auto& [id, facts] : borrowPlace(Place{var, {}}, LoanKind::Object, expr, state)) {
                Loan loan = m_tables.loan(id);
                loan.capture = true;
                loans[m_tables.loan(loan)].merge(facts);
            }
        } else if (*init) {
            mergeLoans(loans, valueOf(*init, state));
        }
    }
    return loans;
}

Loans BorrowValues::constructValue(const clang::Expr* expr, const BorrowState& state) {
    const auto* construct = dyn_cast<clang::CXXConstructExpr>(expr);
    const clang::CXXConstructorDecl* ctor = construct->getConstructor();
    if (!ctor || !carriesLoans(construct->getType())) return {};
    if (ctor->isCopyOrMoveConstructor() && construct->getNumArgs() >= 1) return valueOf(construct->getArg(0), state);
    const bool view = isViewType(construct->getType());
    const clang::CXXRecordDecl* record = ctor->getParent();
    Loans loans;
    for (unsigned i = 0; i < construct->getNumArgs() && i < ctor->getNumParams(); ++i) {
        const clang::Expr* arg = construct->getArg(i);
        const clang::QualType param = ctor->getParamDecl(i)->getType();
        if (carriesLoans(arg->getType())) mergeLoans(loans, valueOf(arg, state));
        else if (view && containerFamily(arg->getType()) != ContainerFamily::None)
            mergeLoans(loans, ownerElements(arg, LoanKind::Elements, expr, state));
        else if (!record->isInStdNamespace() && param->isLValueReferenceType() && keepsReferenceTo(record, arg->getType()))
            mergeLoans(loans, referentOf(arg, state));
    }
    return loans;
}

Loans BorrowValues::valueOf(const clang::Expr* expr, const BorrowState& state) {
    if (!expr) return {};
    expr = expr->IgnoreParens();
    if (isa<clang::CastExpr>(expr) && !isa<clang::ExplicitCastExpr>(expr)) return castValue(expr, state);
    if (const auto* cast = dyn_cast<clang::ExplicitCastExpr>(expr)) return valueOf(cast->getSubExpr(), state);
    if (const auto* full = dyn_cast<clang::FullExpr>(expr)) return valueOf(full->getSubExpr(), state);
    if (const auto* temp = dyn_cast<clang::MaterializeTemporaryExpr>(expr)) return valueOf(temp->getSubExpr(), state);
    if (const auto* bind = dyn_cast<clang::CXXBindTemporaryExpr>(expr)) return valueOf(bind->getSubExpr(), state);
    if (isa<clang::DeclRefExpr, clang::MemberExpr, clang::ArraySubscriptExpr>(expr)) return readValue(expr, state);
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(expr)) {
        if (unary->getOpcode() == clang::UO_AddrOf) return rekind(referentOf(unary->getSubExpr(), state), std::nullopt, expr);
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
    if (const auto* allocation = dyn_cast<clang::CXXNewExpr>(expr))
        return fresh(Loan{{TargetKind::Heap, {}, allocation, false}, LoanKind::Object, allocation});
    if (const auto* call = dyn_cast<clang::CallExpr>(expr)) {
        if (isCAllocation(call)) return fresh(Loan{{TargetKind::Heap, {}, call, false}, LoanKind::Object, call});
        if (returnsReference(call) || isMoveCast(call)) return readThrough(referentOf(call, state), state);
        return callResult(call, state);
    }
    if (isa<clang::CXXConstructExpr>(expr)) return constructValue(expr, state);
    if (isa<clang::LambdaExpr>(expr)) return lambdaValue(expr, state);
    if (const auto* list = dyn_cast<clang::InitListExpr>(expr)) {
        Loans loans;
        for (const clang::Expr* init : list->inits()) mergeLoans(loans, valueOf(init, state));
        return loans;
    }
    if (const auto* init = dyn_cast<clang::CXXStdInitializerListExpr>(expr)) return valueOf(init->getSubExpr(), state);
    if (const auto* conditional = dyn_cast<clang::AbstractConditionalOperator>(expr)) {
        Loans loans = valueOf(conditional->getTrueExpr(), state);
        mergeLoans(loans, valueOf(conditional->getFalseExpr(), state));
        return loans;
    }
    return {};
}

Loans BorrowValues::ownerElements(const clang::Expr* object, LoanKind kind, const clang::Expr* site,
                                  const BorrowState& state) {
    const clang::Expr* bare = stripImplicitCasts(object);
    if (isa<clang::MaterializeTemporaryExpr>(bare)) return temporary(bare, kind, site);
    if (bare->isPRValue()) return {};
    if (auto place = objectPlaceOf(bare)) return borrowPlace(*place, kind, site, state);
    return rekind(referentOf(bare, state), kind, site);
}

Loans BorrowValues::smartPointerResult(const clang::Expr* object, const clang::CallExpr* call) {
    const auto* method = dyn_cast<clang::CXXMethodDecl>(call->getDirectCallee());
    const clang::OverloadedOperatorKind op = method->getOverloadedOperator();
    if (op != clang::OO_Star && op != clang::OO_Arrow && calleeName(call) != "get") return {};
    const clang::Expr* bare = stripImplicitCasts(object);
    if (isa<clang::MaterializeTemporaryExpr>(bare)) return temporary(bare, LoanKind::Object, call);
    auto place = objectPlaceOf(bare);
    if (!place) return {};
    return fresh(Loan{{TargetKind::Owned, *place, nullptr, false}, LoanKind::Object, call});
}

Loans BorrowValues::summarisedResult(const clang::CallExpr* call, const clang::Expr* object, unsigned firstArg,
                                     const BorrowState& state, bool& known) {
    known = false;
    const std::optional<ReturnBorrows> summary = m_summaries ? m_summaries->returnBorrows(call->getDirectCallee())
                                                             : std::nullopt;
    if (!summary) return {};
    known = true;
    Loans loans;
    if (summary->object && object) mergeLoans(loans, rekind(referentOf(object, state), std::nullopt, call));
    for (unsigned i = 0; i + firstArg < call->getNumArgs(); ++i) {
        const clang::Expr* arg = call->getArg(i + firstArg);
        if (i < summary->referent.size() && summary->referent[i]) mergeLoans(loans, rekind(referentOf(arg, state), std::nullopt, call));
        if (i < summary->pointee.size() && summary->pointee[i]) mergeLoans(loans, rekind(valueOf(arg, state), std::nullopt, call));
    }
    return loans;
}

Loans BorrowValues::memberCallResult(const clang::Expr* object, const clang::CallExpr* call, const BorrowState& state) {
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    const clang::QualType result = call->getType();
    if (!method || !object) return {};
    bool known = false;
    Loans summarised = summarisedResult(call, object, isa<clang::CXXOperatorCallExpr>(call) ? 1 : 0, state, known);
    if (known) return summarised;
    // The object's own type, not the base class a member was found in (`__shared_ptr`).
    const clang::QualType objectType = object->IgnoreParenImpCasts()->getType();
    if (isBorrowerType(objectType)) {
        // A view's or iterator's results borrow what the view or iterator borrows.
        return rekind(valueOf(object, state), kindForResult(result), call);
    }
    if (isOwningSmartPointer(objectType)) return smartPointerResult(object, call);
    if (returnsOwnObject(method)) return referentOf(object, state);
    if (containerFamily(objectType) != ContainerFamily::None)
        return ownerElements(object, kindForResult(result), call, state);
    if (isCallableHolder(objectType) || objectType->getAsCXXRecordDecl() == nullptr) return {};
    // Elision for methods: a returned reference or view borrows from `*this`.
    Loans loans;
    if (mayPointInto(method->getReturnType(), objectType)) loans = ownerElements(object, LoanKind::Object, call, state);
    if (carriesLoans(objectType)) mergeLoans(loans, readValue(object, state));
    return loans;
}

Loans BorrowValues::elidedResult(const clang::CallExpr* call, unsigned firstArg, const BorrowState& state) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee) return {};
    const clang::QualType result = callee->getReturnType();
    bool anyBound = false;
    for (const clang::ParmVarDecl* param : callee->parameters()) anyBound |= isLifetimeBound(param);
    Loans loans;
    for (unsigned i = 0; i < callee->getNumParams() && i + firstArg < call->getNumArgs(); ++i) {
        const clang::ParmVarDecl* param = callee->getParamDecl(i);
        const clang::Expr* arg = call->getArg(i + firstArg);
        if (anyBound && !isLifetimeBound(param)) continue;
        const clang::QualType type = param->getType();
        if (type->isLValueReferenceType()) {
            if (mayPointInto(result, arg->getType())) mergeLoans(loans, referentOf(arg, state));
            if (carriesLoans(type.getNonReferenceType())) mergeLoans(loans, valueOf(arg, state));
        } else if (carriesLoans(type.getNonReferenceType())) {
            // By value or by `T&&`: the callee keeps what the value carries, not the argument object.
            mergeLoans(loans, valueOf(arg, state));
        }
    }
    return rekind(loans, std::nullopt, call);
}

Loans BorrowValues::callResult(const clang::CallExpr* call, const BorrowState& state) {
    if (!carriesLoans(call->getType()) && !returnsReference(call)) return {};
    if (isMoveCast(call)) return referentOf(call->getArg(0), state);
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (const auto* member = dyn_cast<clang::CXXMemberCallExpr>(call))
        return memberCallResult(member->getImplicitObjectArgument(), call, state);
    if (isa<clang::CXXOperatorCallExpr>(call) && method && !method->isStatic())
        return memberCallResult(call->getArg(0), call, state);
    bool known = false;
    Loans summarised = summarisedResult(call, nullptr, 0, state, known);
    return known ? summarised : elidedResult(call, 0, state);
}

} // namespace ownlings::engine
