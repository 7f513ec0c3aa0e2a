#pragma once
// move-of-const and pessimizing-move: a std::move that does not do what it says.

namespace ownlings::engine {

struct FunctionContext;

/// move-of-const: std::move of a const object (it copies) or into a `const T&`
/// parameter (nothing moves). pessimizing-move: `return std::move(local);`
/// where returning `local` itself would let the compiler elide the copy.
void runMoveDiscipline(const FunctionContext& context);

} // namespace ownlings::engine
