// The borrow analysis: a forward may-analysis over the CFG of which holders
// (references, pointers, iterators, views, lambdas and things that contain
// them) hold which loans, and which events may have ended each of them.
//
// A holder is given loans where it is initialised or assigned; containers of
// holders collect the loans of what is stored in them. Scope ends,
// temporaries dying at the end of their full-expression, moves, invalidating
// container calls and deletes end loans. Using a holder that holds an ended
// loan is a finding at the use, labelled with the borrow and the event; the
// loan then counts as reported, so a stale value is reported once. Returns
// and stores are checked for loans that escape their owner, and raw heap
// pointers for double owners and leaks. The transfer function is in
// borrow_transfer.cpp and borrow_events.cpp.
#include "engine/analyses/borrow_analysis.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/borrow_transfer.h"
#include "engine/ir/dataflow.h"
#include "engine/ir/function_body.h"
#include "engine/ir/scopes.h"

#include <clang/AST/Decl.h>
#include <clang/Analysis/CFG.h>

namespace ownlings::engine {
namespace {

/// Solves the dataflow, then replays every reachable block once with `pass`.
ReturnBorrows runPasses(const FunctionContext& context, BorrowPass pass) {
    const clang::CFG& cfg = *context.body.cfg;
    BorrowTables tables;
    const ScopeTree scopes(context.body.decl->getBody(), *context.body.parents);
    BorrowTransfer solving(context, tables, scopes, BorrowPass::Solving);
    const auto entryStates = solveForward<BorrowState>(
        cfg, solving.entryState(), [&](const clang::CFGBlock& block, BorrowState& state) { solving.block(block, state); },
        [&](const clang::CFGBlock& block, unsigned successor, BorrowState& state) { return solving.edge(block, successor, state); });

    BorrowTransfer replay(context, tables, scopes, pass);
    for (const clang::CFGBlock* block : cfg) {
        const auto& entry = entryStates[block->getBlockID()];
        if (!entry) continue;
        BorrowState state = *entry;
        replay.block(*block, state);
    }
    replay.reportStaleUses();
    replay.reportConflicts();
    return replay.returnBorrows();
}

} // namespace

void runBorrowAnalysis(const FunctionContext& context) { runPasses(context, BorrowPass::Reporting); }

ReturnBorrows summariseReturns(const FunctionContext& context) { return runPasses(context, BorrowPass::Summarising); }

} // namespace ownlings::engine
