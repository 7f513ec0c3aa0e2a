#pragma once
// raw-owning-pointer: owning new/delete/malloc/free written by hand.

namespace ownlings::engine {

struct FunctionContext;

/// Reports every non-placement `new`, every `delete`/`delete[]`, and every
/// call of malloc, calloc, realloc, strdup or free in the function.
void runRawPointerRule(const FunctionContext& context);

} // namespace ownlings::engine
