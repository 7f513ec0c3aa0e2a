// The borrow analysis' transfer function, part one: statements give holders
// their loans, calls move loans into containers and owners, and mentions of a
// holder are checked for loans that something has ended.
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

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/StmtCXX.h>
#include <clang/Analysis/Analyses/Dominators.h>
#include <clang/Analysis/CFG.h>

namespace ownlings::engine {
namespace {

using clang::dyn_cast;
using clang::dyn_cast_or_null;
using clang::isa;

/// The member's name as the library table spells it: `push_back`, `operator+=`.
std::string memberName(const clang::CXXMethodDecl* method) {
    if (!method) return {};
    if (method->getOverloadedOperator() != clang::OO_None)
        return "operator" + std::string(clang::getOperatorSpelling(method->getOverloadedOperator()));
    return method->getIdentifier() ? method->getName().str() : std::string();
}

bool isThreadType(clang::QualType type) { return isStdClass(type, {"thread"}); }

bool isParameterHolder(const clang::ParmVarDecl* param) {
    const clang::QualType type = param->getType();
    return type->isReferenceType() || type->isPointerType() || isViewType(type);
}

} // namespace

BorrowTransfer::BorrowTransfer(const FunctionContext& context, BorrowTables& tables, const ScopeTree& scopes,
                               BorrowPass pass)
    : m_context(context), m_tables(tables), m_values(tables, context.summaries), m_scopes(scopes), m_pass(pass),
      m_parents(*context.body.parents) {
    const std::size_t params = context.body.decl->getNumParams();
    m_returns.referent.assign(params, false);
    m_returns.pointee.assign(params, false);
}

BorrowState BorrowTransfer::entryState() {
    BorrowState state;
    for (const clang::ParmVarDecl* param : m_context.body.decl->parameters()) {
        if (!isParameterHolder(param)) continue;
        const bool reference = param->getType()->isReferenceType();
        const Loan loan{{reference ? TargetKind::Local : TargetKind::Pointee, Place{param, {}}, nullptr, false},
                        LoanKind::Object, nullptr};
        state.held[Place{param, {}}][m_tables.loan(loan)] = LoanFacts{};
    }
    return state;
}

void BorrowTransfer::block(const clang::CFGBlock& block, BorrowState& state) {
    m_block = block.getBlockID();
    m_index = 0;
    for (const clang::CFGElement& element : block) {
        this->element(element, state);
        ++m_index;
    }
}

void BorrowTransfer::element(const clang::CFGElement& element, BorrowState& state) {
    if (auto stmt = element.getAs<clang::CFGStmt>()) {
        statement(stmt->getStmt(), state);
        fullExpressionEnds(stmt->getStmt(), state);
    } else if (auto ends = element.getAs<clang::CFGLifetimeEnds>()) {
        lifetimeEnds(ends->getVarDecl(), ends->getTriggerStmt(), state);
    }
}

void BorrowTransfer::statement(const clang::Stmt* stmt, BorrowState& state) {
    if (const auto* call = dyn_cast<clang::CallExpr>(stmt); call && m_pass == BorrowPass::Reporting && exclusiveBorrowsChecked())
        aliasedArguments(call, state);
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
    } else if (const auto* allocation = dyn_cast<clang::CXXNewExpr>(stmt)) {
        // Each evaluation makes a new object: nothing owns it yet.
        state.adopted.erase(allocation);
        state.liveAllocations.insert(allocation);
    } else if (isa<clang::CXXThrowExpr>(stmt)) {
        thrown(stmt, state);
    }
    if (const clang::Expr* operand = rvalueCastOperand(stmt)) moved(llvm::cast<clang::Expr>(stmt), operand, state);
}

// --- holders get loans ----------------------------------------------------------------------

void BorrowTransfer::declaration(const clang::VarDecl* var, const clang::DeclStmt* site, BorrowState& state) {
    const Place place{var, {}};
    state.clearHolder(place);
    shapeOfDeclaration(var, state);
    const clang::Expr* init = var->getInit();
    if (!init) return;
    if (var->getType()->isReferenceType()) {
        Loans loans = m_values.referentOf(init, state);
        // `auto&& r = make();` keeps a temporary alive: whatever that value borrows, r holds too.
        if (isa<clang::MaterializeTemporaryExpr>(stripImplicitCasts(init)) && carriesLoans(init->getType()))
            mergeLoans(loans, m_values.valueOf(init, state));
        store(place, loans, site, state);
    } else if (carriesLoans(var->getType())) {
        Loans loans = m_values.valueOf(init, state);
        if (const clang::CXXForRangeStmt* loop = loopOf(var)) forgetEarlierIterations(loans, loop);
        if (!storeFieldwise(place, var, site, state)) store(place, loans, site, state);
    }
}

/// The range-for loop whose loop variable `var` is.
const clang::CXXForRangeStmt* BorrowTransfer::loopOf(const clang::VarDecl* var) const {
    const clang::Stmt* decl = declarationOf(var);
    const auto* loop = decl ? dyn_cast_or_null<clang::CXXForRangeStmt>(m_parents.getParent(decl)) : nullptr;
    return loop && loop->getLoopVariable() == var ? loop : nullptr;
}

/// Each iteration of a range-for reads a different element: what the loop body
/// did to the previous element (deleted it, say) does not apply to this one.
void BorrowTransfer::forgetEarlierIterations(Loans& loans, const clang::CXXForRangeStmt* loop) const {
    for (auto& [id, facts] : loans) {
        if (!m_tables.loan(id).summary) continue;
        std::erase_if(facts.ended, [&](EventId event) {
            for (const clang::Stmt* up = m_tables.event(event).site; up; up = m_parents.getParent(up))
                if (up == loop->getBody()) return true;
            return false;
        });
    }
}

/// `Token tok{read_identifier(), 1}`: each member holds what initialised it.
bool BorrowTransfer::storeFieldwise(const Place& place, const clang::VarDecl* var, const clang::DeclStmt* site,
                                    BorrowState& state) {
    const auto* list = dyn_cast<clang::InitListExpr>(var->getInit()->IgnoreImplicit());
    const clang::CXXRecordDecl* record = var->getType()->getAsCXXRecordDecl();
    if (!list || !record || !record->isAggregate() || record->getNumBases() > 0 || isCallableHolder(var->getType()))
        return false;
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

void BorrowTransfer::assignment(const clang::Expr* target, const clang::Expr* value, const clang::Stmt* site,
                                BorrowState& state) {
    if (!carriesLoans(target->getType())) return;
    const Loans loans = m_values.valueOf(value, state);
    auto place = objectPlaceOf(target);
    if (place && (place->isThis() || !place->root->getType()->isReferenceType())) {
        store(*place, loans, site, state);
        return;
    }
    // Through a reference, pointer or element: whatever it names now also holds these loans.
    const std::vector<Place> places = m_values.placesNamed(target, state);
    if (places.empty()) escapeNow(loans, site, "is stored in " + describe(target) + ", outside this function", state);
    for (const Place& named : places) store(named, loans, site, state, /*replace=*/false);
}

/// Gives `holder` the loans `loans` (replacing what it held unless told otherwise).
/// A by-reference capture stored in a holder that outlives the captured
/// variable is remembered: it escapes if the holder still has it when the variable dies.
void BorrowTransfer::store(const Place& holder, const Loans& loans, const clang::Stmt* site, BorrowState& state,
                           bool replace) {
    if (replace) {
        lostAllocations(holder, loans, site, /*overwritten=*/true, state);
        state.clearHolder(holder);
    }
    if (loans.empty()) return;
    Loans& held = state.held[holder];
    for (const auto& [id, facts] : loans) {
        LoanFacts& mine = held[id];
        mine.merge(facts);
        const Loan& loan = m_tables.loan(id);
        if (loan.capture && isLocalTarget(loan.target) && m_scopes.outlives(holder.root, loan.target.place.root))
            mine.escapedAt = site;
    }
    const bool owner = isRawPointerVariable(holder);
    const bool reference = !holder.isThis() && holder.steps.empty() && holder.root->getType()->isReferenceType();
    if (!owner && !reference) escapeAllocations(loans, state);
}

// --- calls ------------------------------------------------------------------------------------

void BorrowTransfer::operatorCall(const clang::CallExpr* call, BorrowState& state) {
    const auto* op = dyn_cast<clang::CXXOperatorCallExpr>(call);
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (method && !method->isStatic() && call->getNumArgs() >= 1) {
        if (op->getOperator() == clang::OO_Equal && call->getNumArgs() == 2)
            assignment(call->getArg(0), call->getArg(1), call, state);
        memberCall(call, call->getArg(0), state);
        return;
    }
    freeCall(call, state);
}

void BorrowTransfer::freeCall(const clang::CallExpr* call, BorrowState& state) {
    if (rvalueCastOperand(call)) return;
    if (calleeName(call) == "free" && call->getNumArgs() == 1) {
        deletion(call->getArg(0), call, DeleteSummary{true, false}, state);
        return;
    }
    argumentsLeave(call, 0, state);
}

/// Pointer arguments that a callee deletes or keeps.
void BorrowTransfer::argumentsLeave(const clang::CallExpr* call, unsigned firstArg, BorrowState& state) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    for (unsigned i = firstArg; i < call->getNumArgs(); ++i) {
        const DeleteSummary summary = parameterDeletion(callee, i - firstArg);
        if (summary.deletes()) deletion(call->getArg(i), call, summary, state);
        else if (!call->getArg(i)->getType()->isPointerType() || parameterEscapes(callee, i - firstArg))
            escapeAllocations(m_values.valueOf(call->getArg(i), state), state);
        // `void close(Session*& s)` may point the caller's pointer elsewhere: what it held is unknown now.
        const clang::ParmVarDecl* param = callee && i - firstArg < callee->getNumParams() ? callee->getParamDecl(i - firstArg) : nullptr;
        if (param && !isLibraryFunction(callee) && param->getType()->isLValueReferenceType() &&
            param->getType()->getPointeeType()->isPointerType() && !param->getType()->getPointeeType().isConstQualified())
            if (auto place = objectPlaceOf(call->getArg(i))) state.clearHolder(*place);
    }
}

void BorrowTransfer::memberCall(const clang::CallExpr* call, const clang::Expr* object, BorrowState& state) {
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (!method || !object) return;
    const std::string name = memberName(method);
    const clang::QualType type = object->IgnoreParenImpCasts()->getType();
    const unsigned firstArg = isa<clang::CXXOperatorCallExpr>(call) ? 1 : 0;
    if (containerFamily(type) != ContainerFamily::None) containerCall(call, object, name, firstArg, state);
    else if (isOwningSmartPointer(type)) smartPointerCall(call, object, name, firstArg, state);
    else if (isThreadType(type)) threadCall(call, object, name, state);
    else if (!method->getParent()->isInStdNamespace()) userMethodCall(call, object, firstArg, state);
    argumentsLeave(call, firstArg, state);
}

void BorrowTransfer::containerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                                   unsigned firstArg, BorrowState& state) {
    const clang::QualType type = object->IgnoreParenImpCasts()->getType();
    for (const Place& place : m_values.wholeObjectsNamed(object, state))
        invalidateContents(call, object, place, name, firstArg, state);
    const std::vector<Place> places = m_values.placesNamed(object, state);
    if (carriesLoans(type) && (name == "clear" || name == "operator=" || name == "assign"))
        for (const Place& place : places) state.clearHolder(place); // what it held is gone (assignment stores anew below)
    if (storesArguments(name) && carriesLoans(type)) {
        Loans stored;
        for (unsigned i = firstArg; i < call->getNumArgs(); ++i) mergeLoans(stored, m_values.valueOf(call->getArg(i), state));
        if (places.empty()) escapeNow(stored, call, "is stored in " + describe(object) + ", outside this function", state);
        for (const Place& place : places) store(place, stored, call, state, /*replace=*/false);
    }
    if (storesArguments(name) && holdsSmartPointers(type))
        for (unsigned i = firstArg; i < call->getNumArgs(); ++i)
            if (call->getArg(i)->getType()->isPointerType())
                adopt(m_values.valueOf(call->getArg(i), state), call, state);
}

void BorrowTransfer::smartPointerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                                      unsigned firstArg, BorrowState& state) {
    if (name != "reset" && name != "operator=") return;
    auto place = objectPlaceOf(object);
    if (name == "reset" && call->getNumArgs() > firstArg && call->getArg(firstArg)->getType()->isPointerType())
        adopt(m_values.valueOf(call->getArg(firstArg), state), call, state);
    if (!isStdClass(object->IgnoreParenImpCasts()->getType(), {"unique_ptr"}) || !place) return;
    // The unique_ptr deletes the object it owned: what pointed to that object now dangles.
    invalidateIf(state, call, EventKind::Deleted, describe(object), name, [&](const Place&, const Loan& loan) {
        return loan.target.kind == TargetKind::Owned && place->overlaps(loan.target.place);
    });
}

void BorrowTransfer::threadCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                                BorrowState& state) {
    if (name == "join") {
        for (const Place& place : m_values.placesNamed(object, state)) state.clearHolder(place);
    } else if (name == "detach") {
        escapeNow(m_values.valueOf(object, state), call, "runs on a detached thread, which may outlive it", state);
        for (const Place& place : m_values.placesNamed(object, state)) state.clearHolder(place);
    }
}

/// A method of the learner's class that stores an argument in `*this`
/// (`set_on_close(cb)`): the object now holds what the argument carries.
void BorrowTransfer::userMethodCall(const clang::CallExpr* call, const clang::Expr* object, unsigned firstArg,
                                   BorrowState& state) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    const std::vector<Place> places = m_values.placesNamed(object, state);
    for (unsigned i = firstArg; i < call->getNumArgs(); ++i) {
        if (!carriesLoans(call->getArg(i)->getType()) || !parameterStoredInObject(callee, i - firstArg)) continue;
        const Loans loans = m_values.valueOf(call->getArg(i), state);
        if (places.empty()) escapeNow(loans, call, "is stored in " + describe(object) + ", outside this function", state);
        for (const Place& place : places) store(place, loans, call, state, /*replace=*/false);
    }
}

// --- uses ---------------------------------------------------------------------------------------

void BorrowTransfer::mention(const clang::DeclRefExpr* ref, BorrowState& state) {
    const clang::Expr* used = outermostObjectPath(ref);
    auto place = objectPlaceOf(used);
    if (!place) return;
    if (exclusiveBorrowsChecked()) recordConflicts(used, *place, state);
    Loans candidates;
    for (const auto& [holder, loans] : state.held)
        if (holder.overlaps(*place)) mergeLoans(candidates, loans);
    const clang::QualType rootType = place->isThis() ? clang::QualType() : place->root->getType();
    if (!rootType.isNull() && rootType->isReferenceType() &&
        containerFamily(rootType.getNonReferenceType()) == ContainerFamily::None)
        mergeLoans(candidates, m_values.readThrough(candidates, state)); // a reference to a holder reads what it holds
    std::set<LoanId> stale;
    for (const auto& [id, facts] : candidates) {
        if (facts.ended.empty()) continue;
        const Loan& loan = m_tables.loan(id);
        // A by-reference capture that dies is the escape analysis' business; a moved one is ours.
        const bool capture = loan.capture && !std::any_of(facts.ended.begin(), facts.ended.end(), [&](EventId e) {
                                 return m_tables.event(e).kind == EventKind::Moved;
                             });
        if (!capture) stale.insert(id);
    }
    if (stale.empty() && m_pass == BorrowPass::Reporting && exclusiveBorrowsChecked())
        noteUseAfterConflict(used, *place, candidates); // a stale loan is the bug rules' finding instead
    if (stale.empty() || !isUse(used, *place) || m_pass != BorrowPass::Reporting) return;
    const LoanId first = *stale.begin();
    m_staleUses.push_back({used, m_block, m_index, stale, first, *candidates.at(first).ended.begin()});
}

/// One conflict, one finding: a stale use is reported unless another use of
/// the same stale loan comes before it on every path (dominates it).
void BorrowTransfer::reportStaleUses() {
    if (m_staleUses.empty()) return;
    clang::CFGDomTree dominators;
    dominators.buildDominatorTree(const_cast<clang::CFG*>(m_context.body.cfg.get()));
    for (const StaleUse& use : m_staleUses) {
        const bool covered = std::any_of(m_staleUses.begin(), m_staleUses.end(), [&](const StaleUse& other) {
            if (&other == &use || other.used == use.used) return false;
            // The same borrow, perhaps as derived from it (`w = *it` from `it`), used again.
            const bool shared = std::any_of(other.loans.begin(), other.loans.end(), [&](LoanId a) {
                return std::any_of(use.loans.begin(), use.loans.end(),
                                   [&](LoanId b) { return a == b || m_tables.loan(a).origin == m_tables.loan(b).origin; });
            });
            if (!shared) return false;
            if (other.block == use.block) return other.index < use.index;
            return dominators.dominates(blockById(other.block), blockById(use.block));
        });
        if (!covered)
            report(staleUseReport(m_context, use.used, m_tables.loan(use.first), m_tables.event(use.event)), use.used);
    }
}

const clang::CFGBlock* BorrowTransfer::blockById(unsigned id) const {
    for (const clang::CFGBlock* block : *m_context.body.cfg)
        if (block->getBlockID() == id) return block;
    return nullptr;
}

/// `o` in `o.name.size()` grows to `o.name`: the longest member path within one object.
const clang::Expr* BorrowTransfer::outermostObjectPath(const clang::Expr* expr) const {
    const auto* member = dyn_cast_or_null<clang::MemberExpr>(meaningfulParent(m_parents, expr));
    while (member && !member->isArrow() && isa<clang::FieldDecl>(member->getMemberDecl())) {
        expr = member;
        member = dyn_cast_or_null<clang::MemberExpr>(meaningfulParent(m_parents, expr));
    }
    return expr;
}

/// Whether this mention reads through the holder. Assigning to it, testing it
/// for null, copying it into another holder (which then holds the same loans)
/// and naming a container of pointers without reading an element are not uses.
bool BorrowTransfer::isUse(const clang::Expr* used, const Place& place) const {
    const bool reference = !place.isThis() && place.steps.empty() && place.root->getType()->isReferenceType();
    if (!reference && containerFamily(used->getType()) != ContainerFamily::None) return containerElementUse(used);
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
    if (const auto* construct = dyn_cast<clang::CXXConstructExpr>(parent))
        return !carriesLoans(construct->getType()) && !isOwningSmartPointer(construct->getType()); // adoption is checked apart
    return true;
}

/// A container of holders is used when an element is read out and used
/// (`views[0]` printed, `registry.at(k)->name`), not when it is only named.
bool BorrowTransfer::containerElementUse(const clang::Expr* used) const {
    const clang::Stmt* parent = meaningfulParent(m_parents, used);
    if (const auto* member = dyn_cast_or_null<clang::MemberExpr>(parent)) parent = meaningfulParent(m_parents, member);
    const auto* call = dyn_cast_or_null<clang::CallExpr>(parent);
    if (!call || !carriesLoans(call->getType()) || isIteratorType(call->getType())) return false;
    const auto* method = dyn_cast_or_null<clang::CXXMethodDecl>(call->getDirectCallee());
    if (!method || method->getParent()->isLambda()) return false;
    const clang::Stmt* child = nullptr;
    const clang::Stmt* above = flowParent(call, &child);
    if (!above || isa<clang::DeclStmt, clang::ReturnStmt, clang::InitListExpr>(above)) return false;
    if (isNullComparison(above) || isTestedForTruth(m_parents, call)) return false;
    if (const auto* binary = dyn_cast<clang::BinaryOperator>(above); binary && binary->isAssignmentOp()) return false;
    return true;
}

/// The first parent that does something with the value, looking through
/// casts, copies, temporaries and std::move.
const clang::Stmt* BorrowTransfer::flowParent(const clang::Expr* expr, const clang::Stmt** child) const {
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

/// `p`, `!p`, `p != nullptr`, `p == nullptr` on a raw pointer place: the place,
/// and whether it is non-null when the condition is true.
std::optional<std::pair<Place, bool>> BorrowTransfer::pointerTest(const clang::Expr* condition) const {
    if (!condition) return std::nullopt;
    condition = condition->IgnoreParenImpCasts();
    if (const auto* unary = dyn_cast<clang::UnaryOperator>(condition); unary && unary->getOpcode() == clang::UO_LNot) {
        auto inner = pointerTest(unary->getSubExpr());
        if (inner) inner->second = !inner->second;
        return inner;
    }
    if (const auto* binary = dyn_cast<clang::BinaryOperator>(condition); binary && isNullComparison(binary)) {
        const clang::Expr* side = binary->getLHS()->IgnoreParenImpCasts()->getType()->isPointerType() ? binary->getLHS()
                                                                                                    : binary->getRHS();
        auto place = objectPlaceOf(side);
        if (!place || !side->IgnoreParenImpCasts()->getType()->isPointerType()) return std::nullopt;
        return std::pair{*place, binary->getOpcode() == clang::BO_NE};
    }
    if (!condition->getType()->isPointerType()) return std::nullopt;
    auto place = objectPlaceOf(condition);
    if (!place) return std::nullopt;
    return std::pair{*place, true};
}

bool BorrowTransfer::edge(const clang::CFGBlock& block, unsigned successor, BorrowState& state) {
    if (block.succ_size() != 2) return true;
    auto test = pointerTest(dyn_cast_or_null<clang::Expr>(block.getTerminatorCondition()));
    if (!test || (successor == 0) == test->second) return true;
    // On the branch where the pointer is null it points to nothing; a pointer that
    // holds just a fresh `new` cannot be null, so that branch is never taken.
    if (holdsOnlyFreshAllocation(test->first, state)) return false;
    state.clearHolder(test->first);
    return true;
}

bool BorrowTransfer::holdsOnlyFreshAllocation(const Place& place, const BorrowState& state) const {
    auto held = state.held.find(place);
    if (held == state.held.end() || held->second.empty()) return false;
    for (const auto& [id, facts] : held->second) {
        const Loan& loan = m_tables.loan(id);
        const bool fresh = loan.target.kind == TargetKind::Heap && !loan.target.reachable && !loan.summary &&
                           facts.ended.empty() && isa_and_nonnull<clang::CXXNewExpr>(loan.target.node);
        if (!fresh) return false;
    }
    return true;
}

// --- reporting ------------------------------------------------------------------------------------

void BorrowTransfer::report(Diagnostic finding, const clang::Stmt* site) {
    if (m_pass != BorrowPass::Reporting || !finding.rule) return;
    if (!m_reported.insert({site, *finding.rule}).second) return;
    m_context.report(std::move(finding));
}

std::string BorrowTransfer::describe(const clang::Expr* expr) const {
    return expr ? m_context.spans.text(expr->getSourceRange()) : std::string();
}

std::string BorrowTransfer::holderName(const Place& place) const {
    std::string name = place.isThis() ? "this" : place.root->getNameAsString();
    for (const PlaceStep& step : place.steps)
        name += step.isElement() ? "[" + step.key + "]" : (place.isThis() && &step == &place.steps.front() ? "->" : ".") +
                                                              step.field->getNameAsString();
    return name;
}

const clang::Stmt* BorrowTransfer::declarationOf(const clang::ValueDecl* var) const {
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

} // namespace ownlings::engine
