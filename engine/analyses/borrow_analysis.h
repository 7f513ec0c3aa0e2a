#pragma once
// The borrow checker proper: loans, what ends them, and uses of stale loans.
// Reports dangling-reference, dangling-temporary, invalidated-reference,
// move-while-borrowed, use-after-delete, return-local-reference,
// escaping-reference-capture, double-ownership, leak and exclusive-mutable-borrow.

namespace ownlings::engine {

struct FunctionContext;
struct ReturnBorrows;

void runBorrowAnalysis(const FunctionContext& context);

/// Runs the analysis without reporting, to learn what the function's returns borrow.
ReturnBorrows summariseReturns(const FunctionContext& context);

} // namespace ownlings::engine
