#pragma once
// The standard library as the borrow analyses see it: which member calls
// invalidate borrows into a container, and which put values into it. Kept as
// data (see library_model.cpp) so that a new member is one table row.

#include "engine/ir/type_kinds.h"

#include <string_view>

namespace ownlings::engine {

/// What a member call does to references and iterators into its object.
enum class Invalidation {
    None,
    All,            ///< every reference, pointer, iterator and view into the elements
    Iterators,      ///< iterators only (deque growth at the ends, unordered rehash)
    IfOverCapacity, ///< like All, unless the call stays within a capacity known to be reserved
    Erased,         ///< only borrows of the erased element (node containers)
};

/// The effect of calling `method` (`push_back`, `operator+=`, ...) on a container of `family`.
Invalidation invalidationOf(ContainerFamily family, std::string_view method);

/// True for members that store their arguments in the container (push_back,
/// insert, emplace, ...): a container of pointers then holds what they point to.
bool storesArguments(std::string_view method);

/// True for `reserve`, which sets a capacity later insertions may stay within.
inline bool isReserve(std::string_view method) { return method == "reserve"; }

} // namespace ownlings::engine
