#pragma once
// The borrow checker proper: loans, what ends them, and uses of stale loans.
// Reports dangling-reference, dangling-temporary, invalidated-reference,
// move-while-borrowed, use-after-delete, return-local-reference,
// escaping-reference-capture, double-ownership and leak.

namespace ownlings::engine {

struct FunctionContext;

void runBorrowAnalysis(const FunctionContext& context);

} // namespace ownlings::engine
