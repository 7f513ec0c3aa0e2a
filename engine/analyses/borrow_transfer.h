#pragma once
// The transfer function of the borrow analysis, shared by its two files:
// borrow_transfer.cpp (holders, calls and uses) and borrow_events.cpp (what
// ends loans, escapes, owners and leaks). Internal to the engine's analyses.

#include "engine/analyses/borrow_summary.h"
#include "engine/analyses/borrow_values.h"
#include "engine/analyses/parameter_summary.h"
#include "engine/diagnostics/diagnostic.h"
#include "engine/ir/borrows.h"

#include <functional>
#include <set>
#include <string>
#include <utility>

namespace clang {
class CFGBlock;
class CFGElement;
class CallExpr;
class CXXConstructExpr;
class CXXForRangeStmt;
class DeclRefExpr;
class DeclStmt;
class ParentMap;
class ReturnStmt;
class VarDecl;
} // namespace clang

namespace ownlings::engine {

struct FunctionContext;
class ScopeTree;

/// What a pass over the CFG is for: finding the fixpoint, reporting, or
/// summarising what the function's returns borrow.
enum class BorrowPass { Solving, Reporting, Summarising };

class BorrowTransfer {
public:
    BorrowTransfer(const FunctionContext& context, BorrowTables& tables, const ScopeTree& scopes, BorrowPass pass);

    /// The state at the function's entry: each reference, pointer or view
    /// parameter holds a loan on the caller's object.
    BorrowState entryState();
    void block(const clang::CFGBlock& block, BorrowState& state);
    /// Refines the state along a branch whose condition tests a pointer for null.
    /// Returns false when the edge can never be taken.
    bool edge(const clang::CFGBlock& block, unsigned successor, BorrowState& state);
    /// In a Summarising pass: what the returns seen so far borrow.
    const ReturnBorrows& returnBorrows() const { return m_returns; }
    /// In a Reporting pass, after every block: reports the stale uses that no
    /// earlier stale use of the same loan dominates.
    void reportStaleUses();
    /// In a Reporting pass, after every block: reports each use of an object
    /// that a non-const reference or pointer used later was holding (exclusive-mutable-borrow).
    void reportConflicts();

private:
    using LoanPredicate = std::function<bool(const Place& holder, const Loan& loan)>;

    // borrow_transfer.cpp: statements, holders, calls, uses
    void element(const clang::CFGElement& element, BorrowState& state);
    void statement(const clang::Stmt* stmt, BorrowState& state);
    void declaration(const clang::VarDecl* var, const clang::DeclStmt* site, BorrowState& state);
    bool storeFieldwise(const Place& place, const clang::VarDecl* var, const clang::DeclStmt* site, BorrowState& state);
    void assignment(const clang::Expr* target, const clang::Expr* value, const clang::Stmt* site, BorrowState& state);
    void store(const Place& holder, const Loans& loans, const clang::Stmt* site, BorrowState& state, bool replace = true);
    void operatorCall(const clang::CallExpr* call, BorrowState& state);
    void freeCall(const clang::CallExpr* call, BorrowState& state);
    void memberCall(const clang::CallExpr* call, const clang::Expr* object, BorrowState& state);
    void containerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                       unsigned firstArg, BorrowState& state);
    void smartPointerCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name,
                          unsigned firstArg, BorrowState& state);
    void threadCall(const clang::CallExpr* call, const clang::Expr* object, const std::string& name, BorrowState& state);
    void userMethodCall(const clang::CallExpr* call, const clang::Expr* object, unsigned firstArg, BorrowState& state);
    void argumentsLeave(const clang::CallExpr* call, unsigned firstArg, BorrowState& state);
    void mention(const clang::DeclRefExpr* ref, BorrowState& state);
    bool isUse(const clang::Expr* used, const Place& place) const;
    bool containerElementUse(const clang::Expr* used) const;
    const clang::Stmt* flowParent(const clang::Expr* expr, const clang::Stmt** child) const;
    const clang::Expr* outermostObjectPath(const clang::Expr* expr) const;
    std::optional<std::pair<Place, bool>> pointerTest(const clang::Expr* condition) const;
    bool holdsOnlyFreshAllocation(const Place& place, const BorrowState& state) const;
    const clang::CXXForRangeStmt* loopOfVariable(const clang::Expr* pointer) const;
    const clang::CXXForRangeStmt* loopOf(const clang::VarDecl* var) const;
    void forgetEarlierIterations(Loans& loans, const clang::CXXForRangeStmt* loop) const;

    // borrow_events.cpp: events, escapes, owners, leaks
    void construction(const clang::CXXConstructExpr* construct, BorrowState& state);
    void moved(const clang::Expr* cast, const clang::Expr* operand, BorrowState& state);
    std::vector<Place> movedPlaces(const clang::Expr* operand, const BorrowState& state);
    void invalidateContents(const clang::CallExpr* call, const clang::Expr* object, const Place& place,
                            const std::string& name, unsigned firstArg, BorrowState& state);
    bool fitsCapacity(const clang::CallExpr* call, const Place& place, const std::string& name, unsigned firstArg,
                      BorrowState& state);
    void shapeOfDeclaration(const clang::VarDecl* var, BorrowState& state);
    void deletion(const clang::Expr* pointer, const clang::Stmt* site, DeleteSummary summary, BorrowState& state);
    void lifetimeEnds(const clang::VarDecl* var, const clang::Stmt* trigger, BorrowState& state);
    void ownerDropped(const clang::VarDecl* var, const clang::Stmt* trigger, BorrowState& state);
    void escapesAtDeath(const std::set<const clang::ValueDecl*>& dying, BorrowState& state);
    void fullExpressionEnds(const clang::Stmt* stmt, BorrowState& state);
    bool isFullExpressionRoot(const clang::Stmt* stmt) const;
    const clang::Stmt* fullExpressionOf(const clang::Expr* expr) const;
    void invalidateIf(BorrowState& state, const clang::Stmt* site, EventKind kind, const std::string& subject,
                      const std::string& detail, const LoanPredicate& pred);
    void returned(const clang::ReturnStmt* ret, BorrowState& state);
    void summariseReturn(const Loans& loans);
    bool isLocalTarget(const LoanTarget& target) const;
    void escapeNow(const Loans& loans, const clang::Stmt* site, const std::string& how, BorrowState& state);
    void adopt(const Loans& loans, const clang::Stmt* site, BorrowState& state);
    bool adoptedBy(const clang::Stmt* site, const clang::VarDecl* var) const;
    void escapeAllocations(const Loans& loans, BorrowState& state);
    void lostAllocations(const Place& holder, const Loans& replacement, const clang::Stmt* exit, bool overwritten,
                         BorrowState& state);
    void thrown(const clang::Stmt* site, BorrowState& state);
    bool heldElsewhere(const Place& holder, const LoanTarget& target, const BorrowState& state) const;
    bool isRawPointerVariable(const Place& place) const;
    const clang::CFGBlock* blockById(unsigned id) const;

    // borrow_exclusive.cpp: exclusive-mutable-borrow
    bool exclusiveBorrowsChecked() const;
    void recordConflicts(const clang::Expr* used, const Place& place, BorrowState& state);
    void noteUseAfterConflict(const clang::Expr* used, const Place& place, const Loans& candidates);
    void aliasedArguments(const clang::CallExpr* call, const BorrowState& state);

    // reporting
    void report(Diagnostic finding, const clang::Stmt* site);
    std::string describe(const clang::Expr* expr) const;
    std::string holderName(const Place& place) const;
    const clang::Stmt* declarationOf(const clang::ValueDecl* var) const;

    const FunctionContext& m_context;
    BorrowTables& m_tables;
    BorrowValues m_values;
    const ScopeTree& m_scopes;
    BorrowPass m_pass;
    const clang::ParentMap& m_parents;
    ReturnBorrows m_returns;
    struct StaleUse {
        const clang::Expr* used;
        unsigned block;
        unsigned index;
        std::set<LoanId> loans;
        LoanId first;
        EventId event;
    };
    std::vector<StaleUse> m_staleUses;
    struct UseAfterConflict {
        const clang::Expr* used; ///< the later use of the mutable holder
        Place holder;
        LoanId loan;
        const clang::Expr* conflict; ///< the use of the object by another path
    };
    std::vector<UseAfterConflict> m_usesAfterConflict;
    unsigned m_block = 0;
    unsigned m_index = 0;
    std::set<std::pair<const clang::Stmt*, RuleId>> m_reported;
};

} // namespace ownlings::engine
