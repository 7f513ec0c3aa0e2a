#pragma once
// needless-copy: a class-type parameter taken by value and only read.

namespace ownlings::engine {

struct FunctionContext;

/// Reports by-value parameters of types with a non-trivial copy (strings,
/// containers, classes holding them) that the function only reads.
void runNeedlessCopy(const FunctionContext& context);

} // namespace ownlings::engine
