#pragma once
// use-after-move: a flow-sensitive analysis of moved-from places over the CFG.

namespace ownlings::engine {

struct FunctionContext;

/// Reports every first use of a moved-from place on some path (rule use-after-move).
void runMoveAnalysis(const FunctionContext& context);

} // namespace ownlings::engine
