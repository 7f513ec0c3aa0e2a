#pragma once
// A forward dataflow solver over clang::CFG, generic in the analysis state.

#include <clang/Analysis/CFG.h>

#include <deque>
#include <optional>
#include <vector>

namespace ownlings::engine {

/// Computes the state at the entry of every block: the join of its reachable
/// predecessors' exit states, iterated to a fixpoint, starting from
/// `entryState` at the CFG's entry. `State` needs `bool join(const State&)` (returns whether it
/// grew) and copying. `transfer(block, state)` turns a block's entry state into
/// its exit state. `edge(block, successorIndex, state)` may refine the exit
/// state along one edge (what a branch condition proves) and returns false for
/// an edge that can never be taken. Unreachable blocks get nullopt.
template <class State, class Transfer, class Edge>
std::vector<std::optional<State>> solveForward(const clang::CFG& cfg, State entryState, Transfer&& transfer, Edge&& edge) {
    std::vector<std::optional<State>> in(cfg.getNumBlockIDs());
    std::vector<bool> queued(cfg.getNumBlockIDs(), false);
    std::deque<const clang::CFGBlock*> work;

    const clang::CFGBlock& entry = cfg.getEntry();
    in[entry.getBlockID()] = std::move(entryState);
    work.push_back(&entry);
    queued[entry.getBlockID()] = true;

    while (!work.empty()) {
        const clang::CFGBlock* block = work.front();
        work.pop_front();
        queued[block->getBlockID()] = false;

        State out = *in[block->getBlockID()];
        transfer(*block, out);
        unsigned index = 0;
        for (const clang::CFGBlock::AdjacentBlock& succ : block->succs()) {
            const clang::CFGBlock* next = succ.getReachableBlock();
            const unsigned successor = index++;
            if (!next) continue;
            State along = out;
            if (!edge(*block, successor, along)) continue; // the branch condition rules this edge out
            std::optional<State>& target = in[next->getBlockID()];
            bool changed = false;
            if (!target) {
                target = std::move(along);
                changed = true;
            } else {
                changed = target->join(along);
            }
            if (changed && !queued[next->getBlockID()]) {
                queued[next->getBlockID()] = true;
                work.push_back(next);
            }
        }
    }
    return in;
}

/// solveForward from an empty entry state.
template <class State, class Transfer, class Edge>
std::vector<std::optional<State>> solveForward(const clang::CFG& cfg, Transfer&& transfer, Edge&& edge) {
    return solveForward<State>(cfg, State{}, std::forward<Transfer>(transfer), std::forward<Edge>(edge));
}

/// solveForward from an empty entry state, without edge refinement.
template <class State, class Transfer>
std::vector<std::optional<State>> solveForward(const clang::CFG& cfg, Transfer&& transfer) {
    return solveForward<State>(cfg, State{}, std::forward<Transfer>(transfer),
                               [](const clang::CFGBlock&, unsigned, State&) { return true; });
}

} // namespace ownlings::engine
