// The borrow analysis: a forward may-analysis over the CFG of which holders
// (references, pointers, iterators, views, lambdas and things that contain
// them) hold which loans, and which loans an event may have ended.
//
// A holder is given loans where it is initialised or assigned; containers of
// holders collect the loans of what is stored in them. Scope ends, temporaries
// dying at the end of their full-expression, moves, invalidating container
// calls and deletes end loans. Using a holder that holds an ended loan is a
// finding at the use, labelled with the borrow and the event; the loan is then
// forgotten, so a stale value is reported once. Returns and stores are checked
// for loans that escape their owner (returned locals, lambdas that outlive
// what they capture by reference), and raw heap pointers for double owners
// and leaks.
#include "engine/analyses/borrow_analysis.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/borrow_report.h"
#include "engine/analyses/borrow_values.h"
#include "engine/analyses/delete_summary.h"
#include "engine/analyses/move_events.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/dataflow.h"
#include "engine/ir/function_body.h"
#include "engine/ir/library_model.h"
#include "engine/ir/scopes.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/Analysis/CFG.h>

#include <functional>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::dyn_cast_or_null;
using clang::isa;

const clang::Expr* stripTransparent(const clang::Expr* expr) { return expr ? expr->IgnoreParenImpCasts() : nullptr; }

bool isThreadType(clang::QualType type) { return isStdClass(type, {"thread"}); }

std::optional<std::uint64_t> constantArgument(const clang::CallExpr* call, unsigned index, const clang::ASTContext& ast) {
    if (index >= call->getNumArgs()) return std::nullopt;
    clang::Expr::EvalResult result;
    if (!call->getArg(index)->EvaluateAsInt(result, ast)) return std::nullopt;
    return result.Val.getInt().getLimitedValue();
}

/// The member's name as the invalidation table spells it: `push_back`, `operator+=`.
std::string memberName(const clang::CXXMethodDecl* method) {
    if (!method) return {};
    if (method->getOverloadedOperator() != clang::OO_None)
        return "operator" + std::string(clang::getOperatorSpelling(method->getOverloadedOperator()));
    return method->getIdentifier() ? method->getName().str() : std::string();
}

class BorrowTransfer {
public:
    BorrowTransfer(const FunctionContext& context, BorrowTables& tables, const ScopeTree& scopes, bool reporting)
        : m_context(context), m_tables(tables), m_values(tables), m_scopes(scopes), m_reporting(reporting),
          m_parents(*context.body.parents) {}

    void block(const clang::CFGBlock& block, BorrowState& state) {
        for (const clang::CFGElement& element : block) this->element(element, state);
    }

private:
    void element(const clang::CFGElement& element, BorrowState& state) {
        if (auto stmt = element.getAs<clang::CFGStmt>()) {
            statement(stmt->getStmt(), state);
            fullExpressionEnds(stmt->getStmt(), state);
        } else if (auto ends = element.getAs<clang::CFGLifetimeEnds>()) {
            lifetimeEnds(ends->getVarDecl(), ends->getTriggerStmt(), state);
        }
    }

    void statement(const clang::Stmt* stmt, BorrowState& state) {
        if (const auto* decl = dyn_cast<clang::DeclStmt>(stmt)) {
            for (const clang::Decl* d : decl->decls())
                if (const auto* var = dyn_cast<clang::VarDecl>(d)) declaration(var, decl, state);
        } else if (const auto* binary = dyn_cast<clang::BinaryOperator>(stmt)) {
            if (binary->getOpcode() == clang::BO_Assign) assignment(binary->getLHS(), binary->getRHS(), stmt, state);
        } else if (const auto* member = dyn_cast<clang::CXXMemberCallExpr>(stmt)) {
            memberCall(member, member->getImplicitObjectArgument(), state);
        } else if (const auto* op = dyn_cast<clang::CXXOperatorCallExpr>(stmt)) {
            operatorCall(op, state);
        } else if (const auto* call = dyn_cast<clang::CallExpr>(stmt)) {
            freeCall(call, state);
        } else if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(stmt)) {
            construction(construct, state);
        } else if (const auto* del = dyn_cast<clang::CXXDeleteExpr>(stmt)) {
            deletion(del->getArgument(), stmt, DeleteSummary{true, false}, state);
        } else if (const auto* ret = dyn_cast<clang::ReturnStmt>(stmt)) {
            returned(ret, state);
        } else if (const auto* ref = dyn_cast<clang::DeclRefExpr>(stmt)) {
            mention(ref, state);
        }
        if (const clang::Expr* operand = rvalueCastOperand(stmt)) moved(llvm::cast<clang::Expr>(stmt), operand, state);
    }

    // --- holders get loans ------------------------------------------------------------------

    void declaration(const clang::VarDecl* var, const clang::DeclStmt* site, BorrowState& state) {
        const Place place{var, {}};
        state.clearHolder(place);
        shapeOfDeclaration(var, state);
        const clang::Expr* init = var->getInit();
        if (!init) return;
        if (var->getType()->isReferenceType()) {
            store(place, m_values.referentOf(init, state), site, state);
        } else if (carriesLoans(var->getType())) {
            const auto* list = dyn_cast<clang::InitListExpr>(init->IgnoreImplicit());
            if (list && storeFieldwise(place, var->getType(), list, site, state)) return;
            store(place, m_values.valueOf(init, state), site, state);
        }
        if (var->getType()->isPointerType())
            if (const auto* allocation = dyn_cast<clang::CXXNewExpr>(stripTransparent(init)))
                state.liveAllocations.insert(allocation);
    }

    /// `Token tok{read_identifier(), 1}`: each member holds what initialised it.
    bool storeFieldwise(const Place& place, clang::QualType type, const clang::InitListExpr* list,
                        const clang::DeclStmt* site, BorrowState& state) {
        const clang::CXXRecordDecl* record = type->getAsCXXRecordDecl();
        if (!record || !record->isAggregate() || record->getNumBases() > 0) return false;
        unsigned index = 0;
        for (const clang::FieldDecl* field : record->fields()) {
            if (index >= list->getNumInits()) break;
            const clang::Expr* init = list->getInit(index++);
            Place member = place;
            member.steps.push_back(PlaceStep{field, {}});
            if (field->getType()->isReferenceType()) store(member, m_values.referentOf(init, state), site, state);
            else if (carriesLoans(field->getType())) store(member, m_values.valueOf(init, state), site, state);
        }
        return true;
    }

    void assignment(const clang::Expr* target, const clang::Expr* value, const clang::Stmt* site, BorrowState& state) {
        if (!carriesLoans(target->getType()) && !target->getType()->isPointerType()) return;
        const LoanSet loans = m_values.valueOf(value, state);
        if (auto place = objectPlaceOf(target); place && !place->isThis() && !place->root->getType()->isReferenceType()) {
            store(*place, loans, site, state);
            return;
        }
        if (auto place = objectPlaceOf(target); place && place->isThis()) {
            escapeEverywhere(loans, site, "is stored in a member of `*this`", state);
            return;
        }
        // Through a reference, pointer or element: whatever it names now also holds these loans.
        const std::vector<Place> places = m_values.placesNamed(target, state);
        if (places.empty()) escapeEverywhere(loans, site, "is stored outside this function's locals", state);
        for (const Place& named : places) store(named, loans, site, state, /*replace=*/false);
    }

    /// Gives `holder` the loans `loans` (replacing what it held unless told otherwise),
    /// reporting lambdas that would outlive what they capture by reference.
    void store(const Place& holder, const LoanSet& loans, const clang::Stmt* site, BorrowState& state,
               bool replace = true) {
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.capture && loan.target.kind == TargetKind::Local &&
                m_scopes.outlives(holder.root, loan.target.place.root))
                reportEscape(site, id, "is stored in `" + holderName(holder) + "`, which outlives it", state);
        }
        if (replace) {
            lostAllocations(holder, loans, site, state);
            state.clearHolder(holder);
            forgetUnheld(state);
        }
        if (loans.empty()) return;
        reviveFresh(loans, site, state);
        LoanSet& held = state.held[holder];
        held.insert(loans.begin(), loans.end());
        if (!isRawPointerVariable(holder)) escapeAllocations(loans, state);
    }

    /// Keeps the record of ended loans to the loans some holder still holds, so
    /// that a holder given a fresh loan on one path is not blamed at a join for
    /// what ended its old loan on another.
    void forgetUnheld(BorrowState& state) const {
        LoanSet held;
        for (const auto& [holder, loans] : state.held) held.insert(loans.begin(), loans.end());
        std::erase_if(state.invalidated, [&](const auto& entry) { return !held.count(entry.first); });
    }

    /// A borrow made again in this statement (in a loop, say) starts fresh:
    /// what ended the same borrow before does not apply to the new one.
    void reviveFresh(const LoanSet& loans, const clang::Stmt* site, BorrowState& state) {
        const auto* expr = dyn_cast<clang::Expr>(site);
        const clang::Stmt* root = expr ? fullExpressionOf(expr) : site;
        for (LoanId id : loans) {
            const clang::Expr* borrowed = m_tables.loan(id).site;
            if (borrowed && fullExpressionOf(borrowed) == root) state.invalidated.erase(id);
        }
    }

    void escapeEverywhere(const LoanSet& loans, const clang::Stmt* site, const std::string& how, BorrowState& state) {
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.capture && loan.target.kind == TargetKind::Local) reportEscape(site, id, how, state);
        }
        escapeAllocations(loans, state);
    }

    // --- calls ---------------------------------------------------------------------------------

    void operatorCall(const clang::CXXOperatorCallExpr* op, BorrowState& state) {
        const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(op->getDirectCallee());
        if (method && !method->isStatic() && op->getNumArgs() >= 1) {
            if (op->getOperator() == clang::OO_Equal && op->getNumArgs() == 2)
                assignment(op->getArg(0), op->getArg(1), op, state);
            memberCall(op, op->getArg(0), state);
            return;
        }
        freeCall(op, state);
    }

    void freeCall(const clang::CallExpr* call, BorrowState& state) {
        if (rvalueCastOperand(call)) return;
        if (calleeName(call) == "free" && call->getNumArgs() == 1) {
            deletion(call->getArg(0), call, DeleteSummary{true, false}, state);
            return;
        }
        const clang::FunctionDecl* callee = call->getDirectCallee();
        for (unsigned i = 0; i < call->getNumArgs(); ++i) {
            const DeleteSummary summary = parameterDeletion(callee, i);
            if (summary.deletes) deletion(call->getArg(i), call, summary, state);
            else escapeAllocations(m_values.valueOf(call->getArg(i), state), state);
        }
    }

    void memberCall(const clang::CallExpr* call, const clang::Expr* object, BorrowState& state) {
        const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
        if (!method || !object) return;
        const std::string name = memberName(method);
        const clang::QualType type = object->IgnoreParenImpCasts()->getType();
        const unsigned firstArg = isa<clang::CXXOperatorCallExpr>(call) ? 1 : 0;
        if (containerFamily(type) != ContainerFamily::None) containerCall(call, object, name, firstArg, state);
        else if (isOwningSmartPointer(type)) smartPointerCall(call, object, name, firstArg, state);
        else if (isThreadType(type)) threadCall(call, object, name, state);
        for (unsigned i = firstArg; i < call->getNumArgs(); ++i)
            escapeAllocations(m_values.valueOf(call->getArg(i), state), state);
    }

    void containerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                       unsigned firstArg, BorrowState& state) {
        const ContainerFamily family = containerFamily(object->IgnoreParenImpCasts()->getType());
        const std::vector<Place> places = m_values.placesNamed(object, state);
        const Invalidation effect = invalidationOf(family, name);
        for (const Place& place : places) {
            if (effect != Invalidation::None) invalidateContents(call, place, name, effect, firstArg, state);
            if (storesArguments(name) && carriesLoans(object->IgnoreParenImpCasts()->getType())) {
                LoanSet stored;
                for (unsigned i = firstArg; i < call->getNumArgs(); ++i) {
                    const LoanSet loans = m_values.valueOf(call->getArg(i), state);
                    stored.insert(loans.begin(), loans.end());
                }
                store(place, stored, call, state, /*replace=*/false);
            }
        }
        if (storesArguments(name) && holdsSmartPointers(object->IgnoreParenImpCasts()->getType()))
            for (unsigned i = firstArg; i < call->getNumArgs(); ++i)
                if (call->getArg(i)->getType()->isPointerType()) adopt(m_values.valueOf(call->getArg(i), state), call, state);
    }

    void smartPointerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                          unsigned firstArg, BorrowState& state) {
        if (name != "reset" && name != "operator=") return;
        if (name == "reset" && call->getNumArgs() > firstArg && call->getArg(firstArg)->getType()->isPointerType())
            adopt(m_values.valueOf(call->getArg(firstArg), state), call, state);
        if (!isStdClass(object->IgnoreParenImpCasts()->getType(), {"unique_ptr"})) return; // a shared_ptr may have other owners
        auto place = objectPlaceOf(object);
        if (!place || place->isThis()) return;
        invalidateIf(state, call, EventKind::Deleted, place->steps.empty() ? describe(object) : describe(object), name,
                     [&](const Loan& loan) { return loan.target.kind == TargetKind::Owned && place->overlaps(loan.target.place); });
    }

    void threadCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name, BorrowState& state) {
        if (name == "join") {
            for (const Place& place : m_values.placesNamed(object, state)) state.clearHolder(place);
        } else if (name == "detach") {
            for (LoanId id : m_values.valueOf(object, state))
                if (m_tables.loan(id).capture) reportEscape(call, id, "runs on a detached thread, which may outlive it", state);
        }
    }

    void construction(const clang::CXXConstructExpr* construct, BorrowState& state) {
        if (!isOwningSmartPointer(construct->getType()) || construct->getNumArgs() < 1) return;
        if (construct->getArg(0)->getType()->isPointerType())
            adopt(m_values.valueOf(construct->getArg(0), state), construct, state);
    }

    // --- events that end loans -------------------------------------------------------------------

    void moved(const clang::Expr* cast, const clang::Expr* operand, BorrowState& state) {
        if (!classifyMoveCast(cast, m_parents).moves) return;
        for (const Place& place : movedPlaces(operand, state))
            invalidateIf(state, cast, EventKind::Moved, describe(operand), "", [&](const Loan& loan) {
                return loan.target.kind == TargetKind::Local && place.overlaps(loan.target.place);
            });
    }

    /// The objects a move empties: the place itself, or what a reference to a
    /// whole object names. Moving one element out through a reference into a
    /// container leaves the container and the other borrows of it alone.
    std::vector<Place> movedPlaces(const clang::Expr* operand, const BorrowState& state) {
        if (auto place = objectPlaceOf(operand); place && !place->isThis() && !place->root->getType()->isReferenceType())
            return {*place};
        std::vector<Place> places;
        for (LoanId id : m_values.referentOf(operand, state)) {
            const Loan& loan = m_tables.loan(id);
            if (loan.kind == LoanKind::Object && loan.target.kind == TargetKind::Local) places.push_back(loan.target.place);
        }
        return places;
    }

    void invalidateContents(const clang::CallExpr* call, const Place& place, const std::string& name, Invalidation effect,
                            unsigned firstArg, BorrowState& state) {
        if (effect == Invalidation::IfOverCapacity && fitsCapacity(call, place, name, firstArg, state)) return;
        if (name == "clear") state.shapes[place] = ContainerShape{0, state.shapes[place].capacity};
        else if (effect != Invalidation::IfOverCapacity) state.shapes.erase(place);
        const bool iteratorsOnly = effect == Invalidation::Iterators;
        const LoanSet erased = effect == Invalidation::Erased ? erasedLoans(call, firstArg, state) : LoanSet{};
        invalidateIf(state, call, EventKind::Modified, holderName(place), name, [&](const Loan& loan) {
            if (loan.target.kind != TargetKind::Local || !place.contains(loan.target.place)) return false;
            if (loan.kind == LoanKind::Object) return false;
            if (iteratorsOnly) return loan.kind == LoanKind::Iterator;
            if (effect == Invalidation::Erased) return erased.empty() || erased.count(m_tables.loan(loan)) > 0;
            return true;
        });
    }

    /// `v.erase(it)`: only the element `it` names. Erasing by key: unknown, so every element.
    LoanSet erasedLoans(const clang::CallExpr* call, unsigned firstArg, const BorrowState& state) {
        if (call->getNumArgs() <= firstArg || !isIteratorType(call->getArg(firstArg)->getType())) return {};
        return m_values.valueOf(call->getArg(firstArg), state);
    }

    /// Updates the known shape of a vector; true when a push_back/reserve stays within capacity.
    bool fitsCapacity(const clang::CallExpr* call, const Place& place, const std::string& name, unsigned firstArg,
                      BorrowState& state) {
        ContainerShape& shape = state.shapes[place];
        if (name == "reserve") {
            const auto wanted = constantArgument(call, firstArg, m_context.ast);
            const bool fits = wanted && shape.capacity && *wanted <= *shape.capacity;
            shape.capacity = fits ? shape.capacity : wanted;
            return fits;
        }
        const bool fits = shape.size && shape.capacity && *shape.size < *shape.capacity;
        if (shape.size) ++*shape.size;
        if (!fits) shape.capacity.reset();
        return fits;
    }

    void shapeOfDeclaration(const clang::VarDecl* var, BorrowState& state) {
        const Place place{var, {}};
        state.shapes.erase(place);
        if (containerFamily(var->getType()) != ContainerFamily::Contiguous || !var->getInit()) return;
        const clang::Expr* init = var->getInit()->IgnoreImplicit();
        if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(init)) {
            if (construct->getNumArgs() == 0 || isa<clang::CXXDefaultArgExpr>(construct->getArg(0)))
                state.shapes[place] = ContainerShape{0, 0};
            else if (const auto* list = dyn_cast<clang::CXXStdInitializerListExpr>(construct->getArg(0)->IgnoreImplicit()))
                if (const auto* array = dyn_cast<clang::InitListExpr>(list->getSubExpr()->IgnoreImplicit()))
                    state.shapes[place] = ContainerShape{array->getNumInits(), array->getNumInits()};
        }
    }

    void deletion(const clang::Expr* pointer, const clang::Stmt* site, DeleteSummary summary, BorrowState& state) {
        const LoanSet loans = m_values.valueOf(pointer, state);
        std::set<const clang::Expr*> objects;
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.target.kind == TargetKind::Owned) reportDoubleOwner(site, id, nullptr, true, state);
            if (loan.target.kind != TargetKind::Heap || loan.target.reachable) continue;
            if (auto owner = state.adopted.find(loan.target.node); owner != state.adopted.end())
                reportDoubleOwner(site, id, owner->second, true, state);
            objects.insert(loan.target.node);
            state.liveAllocations.erase(loan.target.node);
        }
        invalidateIf(state, site, EventKind::Deleted, describe(pointer), "", [&](const Loan& loan) {
            if (loan.target.kind == TargetKind::Owned) return loans.count(m_tables.loan(loan)) > 0;
            if (loan.target.kind != TargetKind::Heap || !objects.count(loan.target.node)) return false;
            return !loan.target.reachable || summary.reachable;
        });
    }

    void lifetimeEnds(const clang::VarDecl* var, const clang::Stmt* trigger, BorrowState& state) {
        std::set<const clang::ValueDecl*> dying{var};
        if (const auto* decomposition = dyn_cast<clang::DecompositionDecl>(var))
            for (const clang::BindingDecl* binding : decomposition->bindings()) dying.insert(binding);
        leakedAt(var, trigger, state);
        unjoinedThreads(var, state);
        invalidateIf(state, trigger, EventKind::ScopeEnd, var->getNameAsString(), "", [&](const Loan& loan) {
            const bool local = loan.target.kind == TargetKind::Local;
            const bool owned = loan.target.kind == TargetKind::Owned && isStdClass(var->getType(), {"unique_ptr"});
            return (local || owned) && dying.count(loan.target.place.root) > 0;
        });
        std::erase_if(state.held, [&](const auto& entry) { return dying.count(entry.first.root) > 0; });
        std::erase_if(state.shapes, [&](const auto& entry) { return dying.count(entry.first.root) > 0; });
        forgetUnheld(state);
    }

    /// Temporaries die at the end of the full-expression that made them.
    void fullExpressionEnds(const clang::Stmt* stmt, BorrowState& state) {
        if (!isFullExpressionRoot(stmt)) return;
        invalidateIf(state, stmt, EventKind::TemporaryEnd, "", "", [&](const Loan& loan) {
            return loan.target.kind == TargetKind::Temporary && fullExpressionOf(loan.target.node) == stmt;
        });
    }

    bool isFullExpressionRoot(const clang::Stmt* stmt) const {
        if (isa<clang::DeclStmt, clang::ReturnStmt>(stmt)) return true;
        const auto* expr = dyn_cast<clang::Expr>(stmt);
        return expr && fullExpressionOf(expr) == stmt;
    }

    /// The statement at whose end a temporary made in `expr` dies: its declaration,
    /// its return, or the outermost expression around it.
    const clang::Stmt* fullExpressionOf(const clang::Expr* expr) const {
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

    template <class Pred>
    void invalidateIf(BorrowState& state, const clang::Stmt* site, EventKind kind, const std::string& subject,
                      const std::string& detail, Pred&& pred) {
        std::optional<EventId> event;
        for (const auto& [holder, loans] : state.held) {
            for (LoanId id : loans) {
                if (!pred(m_tables.loan(id))) continue;
                if (!event) event = m_tables.event(LoanEvent{kind, site, subject, detail});
                state.invalidated[id].insert(*event);
            }
        }
    }

    // --- uses -----------------------------------------------------------------------------------

    void mention(const clang::DeclRefExpr* ref, BorrowState& state) {
        const clang::Expr* used = outermostObjectPath(ref);
        auto place = objectPlaceOf(used);
        if (!place) return;
        LoanSet stale;
        for (const auto& [holder, loans] : state.held) {
            if (!holder.overlaps(*place)) continue;
            for (LoanId id : loans)
                if (state.invalidated.count(id) && reportable(id, state)) stale.insert(id);
        }
        if (stale.empty() || !isUse(used, *place)) return;
        const LoanId first = *stale.begin();
        const EventId event = *state.invalidated.at(first).begin();
        if (m_reporting) m_context.report(staleUseReport(m_context, used, m_tables.loan(first), m_tables.event(event)));
        for (LoanId id : stale) state.invalidated.erase(id);
    }

    /// A by-reference capture that dies is the escape analysis's business; a moved one is ours.
    bool reportable(LoanId id, const BorrowState& state) const {
        if (!m_tables.loan(id).capture) return true;
        for (EventId event : state.invalidated.at(id))
            if (m_tables.event(event).kind == EventKind::Moved) return true;
        return false;
    }

    /// `o` in `o.name.size()` grows to `o.name`: the longest member path within one object.
    const clang::Expr* outermostObjectPath(const clang::Expr* expr) const {
        const clang::Stmt* child = nullptr;
        const auto* member = dyn_cast_or_null<clang::MemberExpr>(meaningfulParent(m_parents, expr, &child));
        while (member && !member->isArrow() && isa<clang::FieldDecl>(member->getMemberDecl())) {
            expr = member;
            member = dyn_cast_or_null<clang::MemberExpr>(meaningfulParent(m_parents, expr, &child));
        }
        return expr;
    }

    /// Whether this mention reads through the holder. Assigning to it, testing
    /// it for null, copying it into another holder (which then holds the same
    /// loans) and naming a container of pointers are not uses.
    bool isUse(const clang::Expr* used, const Place& place) const {
        const bool reference = !place.isThis() && place.steps.empty() && place.root->getType()->isReferenceType();
        if (!reference && containerFamily(used->getType()) != ContainerFamily::None) return false;
        const clang::Stmt* child = nullptr;
        const clang::Stmt* parent = flowParent(used, &child);
        if (!parent) return true;
        if (const auto* binary = dyn_cast<clang::BinaryOperator>(parent); binary && binary->isAssignmentOp())
            return binary->getLHS()->IgnoreParenImpCasts() != used && !carriesLoans(binary->getLHS()->getType());
        if (const auto* op = dyn_cast<clang::CXXOperatorCallExpr>(parent); op && op->getOperator() == clang::OO_Equal)
            return false;
        if (isNullComparison(parent) || isTestedForTruth(m_parents, used)) return false;
        if (isa<clang::DeclStmt, clang::ReturnStmt, clang::InitListExpr, clang::LambdaExpr>(parent)) return false;
        if (const auto* member = dyn_cast<clang::CXXMemberCallExpr>(parent); member && member->getImplicitObjectArgument() != child)
            return !storesArguments(memberName(member->getMethodDecl()));
        if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(parent)) return !carriesLoans(construct->getType());
        return true;
    }

    /// The first parent that does something with the value, looking through
    /// casts, copies, temporaries and std::move.
    const clang::Stmt* flowParent(const clang::Expr* expr, const clang::Stmt** child) const {
        const clang::Stmt* current = expr;
        const clang::Stmt* parent = meaningfulParent(m_parents, current, child);
        while (parent) {
            const auto* construct = dyn_cast<clang::CXXConstructExpr>(parent);
            const bool copy = construct && construct->getConstructor()->isCopyOrMoveConstructor();
            if (!copy && !rvalueCastOperand(parent)) break;
            current = parent;
            parent = meaningfulParent(m_parents, current, child);
        }
        return parent;
    }

    // --- escapes, owners and leaks -----------------------------------------------------------

    void returned(const clang::ReturnStmt* ret, BorrowState& state) {
        const clang::Expr* value = ret->getRetValue();
        if (!value) return;
        const clang::QualType type = m_context.body.decl->getReturnType();
        LoanSet loans;
        if (type->isReferenceType()) loans = m_values.referentOf(value, state);
        else if (carriesLoans(type)) loans = m_values.valueOf(value, state);
        escapeAllocations(m_values.valueOf(value, state), state);
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.capture && loan.target.kind == TargetKind::Local) {
                reportEscape(ret, id, "is returned", state);
                return;
            }
            if (isLocalTarget(loan.target)) {
                if (m_reporting) m_context.report(returnedLoanReport(m_context, ret, loan));
                return;
            }
        }
    }

    bool isLocalTarget(const LoanTarget& target) const {
        if (target.kind == TargetKind::Temporary) return true;
        if (target.kind != TargetKind::Local || target.place.isThis()) return false;
        const auto* var = dyn_cast<clang::VarDecl>(target.place.root);
        return var && var->hasLocalStorage() && !var->getType()->isReferenceType();
    }

    void unjoinedThreads(const clang::VarDecl* dying, BorrowState& state) {
        for (const auto& [holder, loans] : state.held) {
            if (holder.isThis() || !holder.steps.empty() || !isThreadType(holder.root->getType())) continue;
            for (LoanId id : loans) {
                const Loan& loan = m_tables.loan(id);
                if (loan.capture && loan.target.place.root == dying)
                    reportEscapeAt(holder.root, id, "runs on thread `" + holder.root->getNameAsString() +
                                                        "`, which is not joined before `" + dying->getNameAsString() +
                                                        "` is destroyed");
            }
        }
    }

    void adopt(const LoanSet& loans, const clang::Stmt* site, BorrowState& state) {
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.target.kind == TargetKind::Owned) {
                reportDoubleOwner(site, id, nullptr, false, state);
            } else if (loan.target.kind == TargetKind::Heap && !loan.target.reachable) {
                auto [owner, first] = state.adopted.emplace(loan.target.node, llvm::cast<clang::Expr>(site));
                if (!first && owner->second != site) reportDoubleOwner(site, id, owner->second, false, state);
                state.liveAllocations.erase(loan.target.node);
            }
        }
    }

    void escapeAllocations(const LoanSet& loans, BorrowState& state) {
        for (LoanId id : loans) {
            const Loan& loan = m_tables.loan(id);
            if (loan.target.kind == TargetKind::Heap) state.liveAllocations.erase(loan.target.node);
        }
    }

    /// Leaks: `var` dies (or is reassigned) holding the last pointer to a live allocation.
    void leakedAt(const clang::VarDecl* var, const clang::Stmt* exit, BorrowState& state) {
        lostAllocations(Place{var, {}}, {}, exit, state);
    }

    void lostAllocations(const Place& holder, const LoanSet& replacement, const clang::Stmt* exit, BorrowState& state) {
        if (!isRawPointerVariable(holder)) return;
        auto held = state.held.find(holder);
        if (held == state.held.end()) return;
        for (LoanId id : LoanSet(held->second)) {
            const Loan& loan = m_tables.loan(id);
            if (loan.target.kind != TargetKind::Heap || loan.target.reachable || replacement.count(id)) continue;
            if (!state.liveAllocations.count(loan.target.node) || heldElsewhere(holder, loan.target, state)) continue;
            state.liveAllocations.erase(loan.target.node);
            if (m_reporting && exit && m_context.enabled(RuleId::Leak))
                m_context.report(leakReport(m_context, exit, loan.target.node, holder.root));
        }
    }

    bool heldElsewhere(const Place& holder, const LoanTarget& target, const BorrowState& state) const {
        for (const auto& [other, loans] : state.held) {
            if (other == holder) continue;
            for (LoanId id : loans)
                if (m_tables.loan(id).target == target) return true;
        }
        return false;
    }

    bool isRawPointerVariable(const Place& place) const {
        return !place.isThis() && place.steps.empty() && place.root->getType()->isPointerType();
    }

    static bool holdsSmartPointers(clang::QualType container) {
        const auto* special = dyn_cast_or_null<clang::ClassTemplateSpecializationDecl>(
            container.getNonReferenceType()->getAsCXXRecordDecl());
        if (!special || special->getTemplateArgs().size() == 0) return false;
        const clang::TemplateArgument& element = special->getTemplateArgs()[0];
        return element.getKind() == clang::TemplateArgument::Type && isOwningSmartPointer(element.getAsType());
    }

    // --- reporting --------------------------------------------------------------------------

    void reportEscape(const clang::Stmt* site, LoanId id, const std::string& how, BorrowState& state) {
        if (m_reporting && m_reported.insert({site, RuleId::EscapingReferenceCapture}).second)
            m_context.report(escapingCaptureReport(m_context, site, m_tables.loan(id), how));
        state.invalidated.erase(id);
    }

    void reportEscapeAt(const clang::ValueDecl* holder, LoanId id, const std::string& how) {
        const clang::Stmt* site = declarationOf(holder);
        if (m_reporting && site && m_reported.insert({site, RuleId::EscapingReferenceCapture}).second)
            m_context.report(escapingCaptureReport(m_context, site, m_tables.loan(id), how));
    }

    void reportDoubleOwner(const clang::Stmt* site, LoanId id, const clang::Stmt* first, bool byDelete,
                           BorrowState& /*state*/) {
        if (m_reporting && m_reported.insert({site, RuleId::DoubleOwnership}).second)
            m_context.report(doubleOwnershipReport(m_context, site, m_tables.loan(id), first, byDelete));
    }

    const clang::Stmt* declarationOf(const clang::ValueDecl* var) const {
        const clang::Stmt* found = nullptr;
        std::function<void(const clang::Stmt*)> walk = [&](const clang::Stmt* stmt) {
            if (!stmt || found) return;
            if (const auto* decl = dyn_cast<clang::DeclStmt>(stmt))
                for (const clang::Decl* d : decl->decls())
                    if (d == var) found = decl;
            for (const clang::Stmt* child : stmt->children()) walk(child);
        };
        walk(m_context.body.decl->getBody());
        return found;
    }

    std::string describe(const clang::Expr* expr) const { return m_context.spans.text(expr->getSourceRange()); }

    std::string holderName(const Place& place) const {
        std::string name = place.isThis() ? "this" : place.root->getNameAsString();
        for (const PlaceStep& step : place.steps) name += step.isElement() ? "[" + step.key + "]" : "." + step.field->getNameAsString();
        return name;
    }

    const FunctionContext& m_context;
    BorrowTables& m_tables;
    BorrowValues m_values;
    const ScopeTree& m_scopes;
    bool m_reporting;
    const clang::ParentMap& m_parents;
    std::set<std::pair<const clang::Stmt*, RuleId>> m_reported;
};

} // namespace

void runBorrowAnalysis(const FunctionContext& context) {
    const clang::CFG& cfg = *context.body.cfg;
    BorrowTables tables;
    const ScopeTree scopes(context.body.decl->getBody(), *context.body.parents);
    BorrowTransfer solving(context, tables, scopes, /*reporting=*/false);
    const auto entryStates = solveForward<BorrowState>(
        cfg, [&](const clang::CFGBlock& block, BorrowState& state) { solving.block(block, state); });

    BorrowTransfer reporting(context, tables, scopes, /*reporting=*/true);
    for (const clang::CFGBlock* block : cfg) {
        const auto& entry = entryStates[block->getBlockID()];
        if (!entry) continue;
        BorrowState state = *entry;
        reporting.block(*block, state);
    }
}

} // namespace ownlings::engine
