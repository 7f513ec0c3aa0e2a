// The invalidation table of the standard containers (C++20 [container.requirements]).
#include "engine/ir/library_model.h"

#include <array>

namespace ownlings::engine {
namespace {

struct MemberRow {
    ContainerFamily family;
    std::string_view method;
    Invalidation effect;
};

using F = ContainerFamily;
using I = Invalidation;

constexpr std::array kInvalidations{
    // vector and string: any growth may reallocate the buffer.
    MemberRow{F::Contiguous, "push_back", I::IfOverCapacity},
    MemberRow{F::Contiguous, "emplace_back", I::IfOverCapacity},
    MemberRow{F::Contiguous, "reserve", I::IfOverCapacity},
    MemberRow{F::Contiguous, "insert", I::All},
    MemberRow{F::Contiguous, "emplace", I::All},
    MemberRow{F::Contiguous, "erase", I::All},
    MemberRow{F::Contiguous, "clear", I::All},
    MemberRow{F::Contiguous, "resize", I::All},
    MemberRow{F::Contiguous, "shrink_to_fit", I::All},
    MemberRow{F::Contiguous, "assign", I::All},
    MemberRow{F::Contiguous, "operator=", I::All},
    MemberRow{F::Contiguous, "operator+=", I::All},
    MemberRow{F::Contiguous, "append", I::All},
    MemberRow{F::Contiguous, "replace", I::All},
    MemberRow{F::Contiguous, "append_range", I::All},
    MemberRow{F::Contiguous, "insert_range", I::All},
    // deque: growth at either end invalidates iterators; references to elements stay.
    MemberRow{F::Deque, "push_back", I::Iterators},
    MemberRow{F::Deque, "push_front", I::Iterators},
    MemberRow{F::Deque, "emplace_back", I::Iterators},
    MemberRow{F::Deque, "emplace_front", I::Iterators},
    MemberRow{F::Deque, "insert", I::All},
    MemberRow{F::Deque, "emplace", I::All},
    MemberRow{F::Deque, "erase", I::All},
    MemberRow{F::Deque, "clear", I::All},
    MemberRow{F::Deque, "resize", I::All},
    MemberRow{F::Deque, "shrink_to_fit", I::All},
    MemberRow{F::Deque, "assign", I::All},
    MemberRow{F::Deque, "operator=", I::All},
    // map, set, list: nodes never move; erasing one invalidates only that one.
    MemberRow{F::Node, "erase", I::Erased},
    MemberRow{F::Node, "extract", I::Erased},
    MemberRow{F::Node, "clear", I::All},
    MemberRow{F::Node, "assign", I::All},
    MemberRow{F::Node, "operator=", I::All},
    // unordered_*: a rehash moves nodes between buckets (iterators), not the nodes themselves.
    MemberRow{F::Unordered, "insert", I::Iterators},
    MemberRow{F::Unordered, "emplace", I::Iterators},
    MemberRow{F::Unordered, "try_emplace", I::Iterators},
    MemberRow{F::Unordered, "insert_or_assign", I::Iterators},
    MemberRow{F::Unordered, "operator[]", I::Iterators},
    MemberRow{F::Unordered, "rehash", I::Iterators},
    MemberRow{F::Unordered, "reserve", I::Iterators},
    MemberRow{F::Unordered, "erase", I::Erased},
    MemberRow{F::Unordered, "extract", I::Erased},
    MemberRow{F::Unordered, "clear", I::All},
    MemberRow{F::Unordered, "operator=", I::All},
    // optional: these destroy the contained value.
    MemberRow{F::Optional, "reset", I::All},
    MemberRow{F::Optional, "emplace", I::All},
    MemberRow{F::Optional, "operator=", I::All},
};

constexpr std::array<std::string_view, 12> kStoringMembers{
    "push_back", "emplace_back", "push_front", "emplace_front", "insert", "emplace",
    "emplace_hint", "try_emplace", "insert_or_assign", "push", "assign", "operator=",
};

} // namespace

Invalidation invalidationOf(ContainerFamily family, std::string_view method) {
    for (const MemberRow& row : kInvalidations)
        if (row.family == family && row.method == method) return row.effect;
    return Invalidation::None;
}

bool storesArguments(std::string_view method) {
    for (std::string_view member : kStoringMembers)
        if (member == method) return true;
    return false;
}

} // namespace ownlings::engine
