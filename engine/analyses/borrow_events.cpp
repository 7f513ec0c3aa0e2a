// The borrow analysis' transfer function, part two: what ends loans (scope
// ends, temporaries, moves, container changes, deletes), loans that escape
// (returns, stores that outlive a captured variable, detached threads), and
// raw heap pointers (owners and leaks).
#include "engine/analyses/borrow_transfer.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/borrow_report.h"
#include "engine/analyses/move_events.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/library_model.h"
#include "engine/ir/scopes.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/StmtCXX.h>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::dyn_cast_or_null;
using clang::isa;

std::optional<std::uint64_t> constantArgument(const clang::CallExpr* call, unsigned index, const clang::ASTContext& ast) {
    if (index >= call->getNumArgs()) return std::nullopt;
    clang::Expr::EvalResult result;
    if (!call->getArg(index)->EvaluateAsInt(result, ast)) return std::nullopt;
    return result.Val.getInt().getLimitedValue();
}

bool isThreadType(clang::QualType type) { return isStdClass(type, {"thread"}); }

bool insideTry(const clang::ParentMap& parents, const clang::Stmt* stmt) {
    for (const clang::Stmt* up = parents.getParent(stmt); up; up = parents.getParent(up))
        if (isa<clang::CXXTryStmt>(up)) return true;
    return false;
}

/// `const int& r = 42;`: the temporary lives in this frame for as long as `r`.
bool extendsTemporary(const clang::VarDecl* var) {
    if (!var || !var->getType()->isReferenceType() || !var->getInit()) return false;
    const clang::Expr* init = var->getInit()->IgnoreParens();
    if (const auto* full = dyn_cast<clang::FullExpr>(init)) init = full->getSubExpr()->IgnoreParens();
    const auto* temp = dyn_cast<clang::MaterializeTemporaryExpr>(init);
    return temp && temp->getExtendingDecl() == var;
}

} // namespace

// --- owners -------------------------------------------------------------------------------------

void BorrowTransfer::construction(const clang::CXXConstructExpr* construct, BorrowState& state) {
    if (!isOwningSmartPointer(construct->getType()) || construct->getNumArgs() < 1) return;
    if (!construct->getArg(0)->getType()->isPointerType()) return;
    adopt(m_values.valueOf(construct->getArg(0), state), construct, state);
}

/// True when the adoption at `site` made `var` the owner: `std::unique_ptr<T> var(p)` or `var.reset(p)`.
bool BorrowTransfer::adoptedBy(const clang::Stmt* site, const clang::VarDecl* var) const {
    if (const auto* decl = dyn_cast_or_null<clang::DeclStmt>(meaningfulParent(m_parents, site)))
        return decl->isSingleDecl() && decl->getSingleDecl() == var;
    if (const auto* call = dyn_cast<clang::CXXMemberCallExpr>(site)) {
        auto place = objectPlaceOf(call->getImplicitObjectArgument());
        return place && place->root == var && place->steps.empty();
    }
    return false;
}

/// A smart pointer takes ownership of what `loans` point to. A second owner of
/// the same object is double ownership.
void BorrowTransfer::adopt(const Loans& loans, const clang::Stmt* site, BorrowState& state) {
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        if (loan.target.kind == TargetKind::Owned) {
            report(doubleOwnershipReport(m_context, site, loan, nullptr, false), site);
        } else if (loan.target.kind == TargetKind::Heap && !loan.target.reachable) {
            auto [entry, first] = state.adopted.emplace(loan.target.node, site);
            if (!first) report(doubleOwnershipReport(m_context, site, loan, entry->second, false), site);
            state.liveAllocations.erase(loan.target.node);
        }
    }
}

void BorrowTransfer::escapeAllocations(const Loans& loans, BorrowState& state) {
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        // Only a pointer to the object itself can take ownership; iterators and views into it cannot.
        if (loan.target.kind == TargetKind::Heap && !loan.target.reachable && loan.kind == LoanKind::Object)
            state.liveAllocations.erase(loan.target.node);
    }
}

bool BorrowTransfer::isRawPointerVariable(const Place& place) const {
    return !place.isThis() && place.steps.empty() && place.root->getType()->isPointerType();
}

/// Whether another pointer (a variable, a member, a container element) still
/// points to the object; references and iterators into it do not keep it.
bool BorrowTransfer::heldElsewhere(const Place& holder, const LoanTarget& target, const BorrowState& state) const {
    for (const auto& [other, loans] : state.held) {
        if (other == holder || (!other.isThis() && other.steps.empty() && other.root->getType()->isReferenceType())) continue;
        for (const auto& [id, facts] : loans)
            if (m_tables.loan(id).target == target && m_tables.loan(id).kind == LoanKind::Object) return true;
    }
    return false;
}

/// Leaks: `holder` dies or is overwritten holding the last pointer to a live allocation.
void BorrowTransfer::lostAllocations(const Place& holder, const Loans& replacement, const clang::Stmt* exit,
                                     bool overwritten, BorrowState& state) {
    if (!isRawPointerVariable(holder)) return;
    auto held = state.held.find(holder);
    if (held == state.held.end()) return;
    for (const auto& [id, facts] : Loans(held->second)) {
        const Loan& loan = m_tables.loan(id);
        if (loan.target.kind != TargetKind::Heap || loan.target.reachable || replacement.count(id)) continue;
        if (!state.liveAllocations.count(loan.target.node) || heldElsewhere(holder, loan.target, state)) continue;
        if (state.adopted.count(loan.target.node)) continue; // a smart pointer took it on some path
        if (!facts.ended.empty()) continue;                  // deleted through another pointer on some path
        state.liveAllocations.erase(loan.target.node);
        if (exit && m_context.enabled(RuleId::Leak))
            report(leakReport(m_context, exit, loan.target.node, holder.root, overwritten), exit);
    }
}

/// A `throw` that leaves the function loses every raw pointer it held.
void BorrowTransfer::thrown(const clang::Stmt* site, BorrowState& state) {
    if (insideTry(m_parents, site)) return;
    std::vector<Place> holders;
    for (const auto& [holder, loans] : state.held)
        if (isRawPointerVariable(holder)) holders.push_back(holder);
    for (const Place& holder : holders) lostAllocations(holder, {}, site, false, state);
}

// --- what ends loans ------------------------------------------------------------------------------

void BorrowTransfer::invalidateIf(BorrowState& state, const clang::Stmt* site, EventKind kind, const std::string& subject,
                                  const std::string& detail, const LoanPredicate& pred) {
    std::optional<EventId> event;
    for (auto& [holder, loans] : state.held) {
        for (auto& [id, facts] : loans) {
            if (!pred(holder, m_tables.loan(id))) continue;
            if (!event) event = m_tables.event(LoanEvent{kind, site, subject, detail});
            facts.ended.insert(*event);
        }
    }
}

void BorrowTransfer::moved(const clang::Expr* cast, const clang::Expr* operand, BorrowState& state) {
    if (!classifyMoveCast(cast, m_parents).moves) return;
    for (const Place& place : movedPlaces(operand, state)) {
        invalidateIf(state, cast, EventKind::Moved, describe(operand), "", [&](const Place& holder, const Loan& loan) {
            // A reference bound to the whole object is an alias of it: using it later is use-after-move.
            // A reference parameter's own loan on the caller's object: using the
            // parameter after the move is use-after-move, not a stale borrow.
            const bool self = holder == loan.target.place;
            return loan.target.kind == TargetKind::Local && place.overlaps(loan.target.place) && !self;
        });
        // The object a moved unique_ptr owned lives on with its new owner: this scope no longer ends it.
        for (auto& [holder, loans] : state.held) {
            Loans released;
            for (auto it = loans.begin(); it != loans.end();) {
                Loan loan = m_tables.loan(it->first);
                if (loan.target.kind != TargetKind::Owned || !place.overlaps(loan.target.place)) {
                    ++it;
                    continue;
                }
                loan.target.kind = TargetKind::Released;
                released[m_tables.loan(loan)].merge(it->second);
                it = loans.erase(it);
            }
            mergeLoans(loans, released);
        }
    }
}

/// The objects a move empties: the place itself, or what a reference to a
/// whole object names. Moving one element out through a reference into a
/// container leaves the container and the other borrows of it alone.
std::vector<Place> BorrowTransfer::movedPlaces(const clang::Expr* operand, const BorrowState& state) {
    if (auto place = objectPlaceOf(operand); place && (place->isThis() || !place->root->getType()->isReferenceType()) &&
                                              !isa_and_nonnull<clang::BindingDecl>(place->root))
        return {*place};
    std::vector<Place> places;
    for (const auto& [id, facts] : m_values.referentOf(operand, state)) {
        const Loan& loan = m_tables.loan(id);
        if (loan.kind == LoanKind::Object && loan.target.kind == TargetKind::Local) places.push_back(loan.target.place);
    }
    return places;
}

void BorrowTransfer::invalidateContents(const clang::CallExpr* call, const clang::Expr* object, const Place& place,
                                        const std::string& name, unsigned firstArg, BorrowState& state) {
    const ContainerFamily family = containerFamily(object->IgnoreParenImpCasts()->getType());
    const Invalidation effect = invalidationOf(family, name);
    if (effect == Invalidation::None) return;
    if (effect == Invalidation::IfOverCapacity && fitsCapacity(call, place, name, firstArg, state)) return;
    if (name == "clear") state.shapes[place] = ContainerShape{0, state.shapes[place].capacity};
    else if (effect != Invalidation::IfOverCapacity) state.shapes.erase(place);
    // Erasing through an iterator ends the borrows held by that very iterator (`it` in `v.erase(it)`).
    std::optional<Place> erasedBy;
    if (effect == Invalidation::Erased && call->getNumArgs() > firstArg && isIteratorType(call->getArg(firstArg)->getType()))
        erasedBy = objectPlaceOf(stripConversions(call->getArg(firstArg)));
    const bool byIterator = effect == Invalidation::Erased && call->getNumArgs() > firstArg &&
                            isIteratorType(call->getArg(firstArg)->getType());
    invalidateIf(state, call, EventKind::Modified, holderName(place), name, [&](const Place& holder, const Loan& loan) {
        if (loan.target.kind != TargetKind::Local || !place.contains(loan.target.place) || loan.kind == LoanKind::Object)
            return false;
        if (effect == Invalidation::Iterators) return loan.kind == LoanKind::Iterator;
        if (byIterator) return erasedBy && holder == *erasedBy;
        return true;
    });
}

/// Updates the known shape of a vector; true when a push_back/reserve stays within capacity.
bool BorrowTransfer::fitsCapacity(const clang::CallExpr* call, const Place& place, const std::string& name,
                                  unsigned firstArg, BorrowState& state) {
    ContainerShape& shape = state.shapes[place];
    if (name == "reserve") {
        const auto wanted = constantArgument(call, firstArg, m_context.ast);
        const bool fits = wanted && shape.capacity && *wanted <= *shape.capacity;
        if (!fits) shape.capacity = wanted;
        return fits;
    }
    const bool fits = shape.size && shape.capacity && *shape.size < *shape.capacity;
    if (shape.size) ++*shape.size;
    if (!fits) shape.capacity.reset();
    return fits;
}

/// Sizes known from a declaration: `std::vector<int> v;`, `v{1, 2, 3}`, `v(8)`, and
/// the container members of a default-initialised struct.
void BorrowTransfer::shapeOfDeclaration(const clang::VarDecl* var, BorrowState& state) {
    std::erase_if(state.shapes, [&](const auto& entry) { return entry.first.root == var; });
    const clang::Expr* init = var->getInit() ? var->getInit()->IgnoreImplicit() : nullptr;
    const auto* construct = dyn_cast_or_null<clang::CXXConstructExpr>(init);
    if (containerFamily(var->getType()) == ContainerFamily::Contiguous && construct) {
        const Place place{var, {}};
        if (construct->getNumArgs() == 0 || isa<clang::CXXDefaultArgExpr>(construct->getArg(0))) {
            state.shapes[place] = ContainerShape{0, 0};
        } else if (const auto* list = dyn_cast<clang::CXXStdInitializerListExpr>(construct->getArg(0)->IgnoreImplicit())) {
            if (const auto* array = dyn_cast<clang::InitListExpr>(list->getSubExpr()->IgnoreImplicit()))
                state.shapes[place] = ContainerShape{array->getNumInits(), array->getNumInits()};
        } else if (construct->getArg(0)->getType()->isIntegerType()) {
            clang::Expr::EvalResult count;
            if (construct->getArg(0)->EvaluateAsInt(count, m_context.ast))
                state.shapes[place] = ContainerShape{count.Val.getInt().getLimitedValue(), count.Val.getInt().getLimitedValue()};
        }
        return;
    }
    const clang::CXXRecordDecl* record = var->getType()->getAsCXXRecordDecl();
    if (!construct || !record || !record->hasDefinition() || record->isInStdNamespace()) return;
    for (const clang::FieldDecl* field : record->fields())
        if (containerFamily(field->getType()) == ContainerFamily::Contiguous && !field->hasInClassInitializer())
            state.shapes[Place{var, {PlaceStep{field, {}}}}] = ContainerShape{0, 0};
}

void BorrowTransfer::deletion(const clang::Expr* pointer, const clang::Stmt* site, DeleteSummary summary,
                              BorrowState& state) {
    const Loans loans = m_values.valueOf(pointer, state);
    std::set<LoanTarget> objects;
    std::set<LoanTarget> single;
    bool many = false;
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        if (loan.target.kind == TargetKind::Owned) report(doubleOwnershipReport(m_context, site, loan, nullptr, true), site);
        if (loan.target.kind == TargetKind::Heap) {
            if (auto owner = state.adopted.find(loan.target.node); owner != state.adopted.end() && !loan.target.reachable)
                report(doubleOwnershipReport(m_context, site, loan, owner->second, true), site);
            if (!loan.target.reachable) state.liveAllocations.erase(loan.target.node);
        }
        if (loan.target.kind == TargetKind::Heap || loan.target.kind == TargetKind::Pointee ||
            loan.target.kind == TargetKind::Owned) {
            objects.insert(loan.target);
            if (!loan.target.reachable) {
                many |= loan.summary || !single.insert(loan.target).second || single.size() > 1;
            }
        }
    }
    // A pointer that may stand for several objects (read out of a container,
    // joined from branches, or somewhere down a list) deletes one of them: only
    // its own copy is known to dangle. A range-for that deletes its loop
    // variable deletes them all; a function that frees a whole list frees them all.
    if (loopOfVariable(pointer)) many = false;
    const std::optional<Place> own = objectPlaceOf(pointer);
    const std::string subject = describe(pointer);
    const std::string detail = isa<clang::CallExpr>(site) && !isa<clang::CXXDeleteExpr>(site) ? describe(llvm::cast<clang::Expr>(site)) : "";
    const bool call = summary.reachable;
    invalidateIf(state, site, EventKind::Deleted, subject, detail, [&](const Place& holder, const Loan& loan) {
        const bool ownCopy = own && holder == *own;
        if (loan.target.reachable && call) {
            LoanTarget root = loan.target;
            root.reachable = false;
            return objects.count(root) > 0 || objects.count(loan.target) > 0; // the callee freed everything below
        }
        if (!objects.count(loan.target)) return false;
        if (loan.target.reachable) return ownCopy; // one node somewhere down the list
        return summary.object && (!many || ownCopy);
    });
}

/// The range-for loop whose loop variable `pointer` names (`s` in `for (Shape* s : shapes) delete s;`).
const clang::CXXForRangeStmt* BorrowTransfer::loopOfVariable(const clang::Expr* pointer) const {
    const auto* ref = dyn_cast<clang::DeclRefExpr>(pointer->IgnoreParenImpCasts());
    if (!ref) return nullptr;
    for (const clang::Stmt* up = m_parents.getParent(pointer); up; up = m_parents.getParent(up))
        if (const auto* loop = dyn_cast<clang::CXXForRangeStmt>(up); loop && loop->getLoopVariable() == ref->getDecl())
            return loop;
    return nullptr;
}

void BorrowTransfer::lifetimeEnds(const clang::VarDecl* var, const clang::Stmt* trigger, BorrowState& state) {
    std::set<const clang::ValueDecl*> dying{var};
    if (const auto* decomposition = dyn_cast<clang::DecompositionDecl>(var))
        for (const clang::BindingDecl* binding : decomposition->bindings()) dying.insert(binding);
    lostAllocations(Place{var, {}}, {}, trigger, false, state);
    escapesAtDeath(dying, state);
    ownerDropped(var, trigger, state);
    invalidateIf(state, trigger, EventKind::ScopeEnd, var->getNameAsString(), "", [&](const Place&, const Loan& loan) {
        const bool local = loan.target.kind == TargetKind::Local && !loan.target.place.isThis();
        const bool owned = loan.target.kind == TargetKind::Owned && !loan.target.place.isThis() &&
                           isStdClass(var->getType(), {"unique_ptr"});
        return (local || owned) && dying.count(loan.target.place.root) > 0;
    });
    std::erase_if(state.held, [&](const auto& entry) { return dying.count(entry.first.root) > 0; });
    std::erase_if(state.shapes, [&](const auto& entry) { return dying.count(entry.first.root) > 0; });
}

/// A dying unique_ptr deletes the object it adopted from a raw pointer.
void BorrowTransfer::ownerDropped(const clang::VarDecl* var, const clang::Stmt* trigger, BorrowState& state) {
    if (!isStdClass(var->getType(), {"unique_ptr"})) return;
    std::set<const clang::Expr*> objects;
    for (const auto& [allocation, site] : state.adopted)
        if (adoptedBy(site, var)) objects.insert(allocation);
    if (objects.empty()) return;
    invalidateIf(state, trigger, EventKind::Deleted, var->getNameAsString(), "drop", [&](const Place&, const Loan& loan) {
        return loan.target.kind == TargetKind::Heap && objects.count(loan.target.node) > 0;
    });
}

/// Lambdas that captured a dying variable by reference and were stored where
/// they outlive it (and are still there) escape: report where they were stored.
void BorrowTransfer::escapesAtDeath(const std::set<const clang::ValueDecl*>& dying, BorrowState& state) {
    for (auto& [holder, loans] : state.held) {
        if (!holder.isThis() && dying.count(holder.root)) continue;
        for (auto& [id, facts] : loans) {
            const Loan& loan = m_tables.loan(id);
            if (!loan.capture || !facts.escapedAt || !dying.count(loan.target.place.root)) continue;
            const std::string how = isThreadType(holder.isThis() ? clang::QualType() : holder.root->getType())
                                        ? "runs on thread `" + holderName(holder) + "`, which is not joined while `" +
                                              loan.target.place.root->getNameAsString() + "` is alive"
                                        : "is stored in `" + holderName(holder) + "`, which outlives it";
            report(escapingCaptureReport(m_context, facts.escapedAt, loan, how), facts.escapedAt);
            facts.escapedAt = nullptr;
        }
    }
    // A thread that still runs a by-reference lambda when it is destroyed was never joined.
    for (auto& [holder, loans] : state.held) {
        if (holder.isThis() || !dying.count(holder.root) || !holder.steps.empty() || !isThreadType(holder.root->getType()))
            continue;
        for (const auto& [id, facts] : loans) {
            const Loan& loan = m_tables.loan(id);
            if (!loan.capture || !isLocalTarget(loan.target)) continue;
            const clang::Stmt* site = declarationOf(holder.root);
            if (site)
                report(escapingCaptureReport(m_context, site, loan, "runs on thread `" + holderName(holder) +
                                                                       "`, which is never joined"), site);
        }
    }
}

/// Temporaries die at the end of the full-expression that made them.
void BorrowTransfer::fullExpressionEnds(const clang::Stmt* stmt, BorrowState& state) {
    if (!isFullExpressionRoot(stmt)) return;
    invalidateIf(state, stmt, EventKind::TemporaryEnd, "", "", [&](const Place&, const Loan& loan) {
        return loan.target.kind == TargetKind::Temporary && fullExpressionOf(loan.target.node) == stmt;
    });
}

bool BorrowTransfer::isFullExpressionRoot(const clang::Stmt* stmt) const {
    if (isa<clang::DeclStmt, clang::ReturnStmt>(stmt)) return true;
    const auto* expr = dyn_cast<clang::Expr>(stmt);
    return expr && fullExpressionOf(expr) == stmt;
}

/// The statement at whose end a temporary made in `expr` dies: its declaration,
/// its return, or the outermost expression around it.
const clang::Stmt* BorrowTransfer::fullExpressionOf(const clang::Expr* expr) const {
    const clang::Stmt* top = expr;
    const clang::Stmt* parent = m_parents.getParent(top);
    while (parent && isa<clang::Expr>(parent) && !isa<clang::LambdaExpr>(parent)) {
        top = parent;
        parent = m_parents.getParent(top);
    }
    if (parent && isa<clang::DeclStmt, clang::ReturnStmt>(parent)) return parent;
    if (const auto* full = dyn_cast<clang::FullExpr>(top)) return full->getSubExpr();
    return top;
}

// --- escapes ----------------------------------------------------------------------------------

bool BorrowTransfer::isLocalTarget(const LoanTarget& target) const {
    if (target.kind == TargetKind::Temporary) return true;
    if ((target.kind != TargetKind::Local && target.kind != TargetKind::Owned) || target.place.isThis()) return false;
    // A shared_ptr's object may have other owners; a unique_ptr's dies with it.
    if (target.kind == TargetKind::Owned && !isStdClass(target.place.root->getType(), {"unique_ptr"})) return false;
    const auto* var = dyn_cast<clang::VarDecl>(target.place.root);
    if (const auto* binding = dyn_cast<clang::BindingDecl>(target.place.root))
        var = dyn_cast_or_null<clang::VarDecl>(binding->getDecomposedDecl());
    return var && var->hasLocalStorage() && (!var->getType()->isReferenceType() || extendsTemporary(var));
}

void BorrowTransfer::escapeNow(const Loans& loans, const clang::Stmt* site, const std::string& how, BorrowState& state) {
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        if (loan.capture && isLocalTarget(loan.target)) {
            report(escapingCaptureReport(m_context, site, loan, how), site);
            break;
        }
    }
    escapeAllocations(loans, state);
}

void BorrowTransfer::returned(const clang::ReturnStmt* ret, BorrowState& state) {
    const clang::Expr* value = ret->getRetValue();
    if (!value) return;
    const clang::QualType type = m_context.body.decl->getReturnType();
    Loans loans;
    if (type->isReferenceType()) loans = m_values.referentOf(value, state);
    else if (carriesLoans(type)) loans = m_values.valueOf(value, state);
    escapeAllocations(m_values.valueOf(value, state), state);
    if (m_pass == BorrowPass::Summarising) summariseReturn(loans);
    // A returned lambda or std::function keeps what it borrows: any local it borrows escapes.
    const bool callable = isCallableHolder(type) || (type->getAsCXXRecordDecl() && type->getAsCXXRecordDecl()->isLambda());
    for (const auto& [id, facts] : loans) {
        const Loan& loan = m_tables.loan(id);
        if (!isLocalTarget(loan.target)) continue;
        if (loan.capture || callable) report(escapingCaptureReport(m_context, ret, loan, "is returned"), ret);
        else report(returnedLoanReport(m_context, ret, loan), ret);
        return;
    }
}

void BorrowTransfer::summariseReturn(const Loans& loans) {
    for (const auto& [id, facts] : loans) {
        const LoanTarget& target = m_tables.loan(id).target;
        if (target.place.isThis() && (target.kind == TargetKind::Local || target.kind == TargetKind::Owned)) {
            m_returns.object = true;
            continue;
        }
        const auto* param = dyn_cast_or_null<clang::ParmVarDecl>(target.place.root);
        if (!param || !target.place.steps.empty()) continue;
        const unsigned index = param->getFunctionScopeIndex();
        if (index >= m_returns.referent.size()) continue;
        if (target.kind == TargetKind::Local && param->getType()->isReferenceType()) m_returns.referent[index] = true;
        if (target.kind == TargetKind::Pointee) m_returns.pointee[index] = true;
    }
}

} // namespace ownlings::engine
