#pragma once
// What kind of thing a type is, as far as ownership goes: an owner of elements
// (a container or string), a borrower (reference, pointer, iterator, view,
// lambda), a smart pointer, or something that holds borrowers.

#include <string_view>

namespace clang {
class QualType;
}

namespace ownlings::engine {

/// Standard containers grouped by their iterator-invalidation rules.
enum class ContainerFamily {
    None,
    Contiguous, ///< vector, string: growth may reallocate, so every element moves
    Deque,      ///< insertions invalidate iterators, not references at the ends
    Node,       ///< map, set, list: only erasing an element invalidates it
    Unordered,  ///< unordered_*: a rehash invalidates iterators, not references
    Fixed,      ///< array: nothing invalidates
    Optional,   ///< optional: reset/emplace/assignment destroy the value
};

ContainerFamily containerFamily(clang::QualType type);

/// std::unique_ptr or std::shared_ptr (owning smart pointers).
bool isOwningSmartPointer(clang::QualType type);
/// std::string_view, std::span and std::reference_wrapper: non-owning views.
bool isViewType(clang::QualType type);
/// A standard iterator (vector<int>::iterator and friends).
bool isIteratorType(clang::QualType type);
/// std::function, std::thread, std::jthread, std::future: they keep what they are given.
bool isCallableHolder(clang::QualType type);

/// True when a value of this type can carry borrows: references, pointers,
/// iterators, views, lambdas, callables, and classes or containers holding
/// any of those (a `struct` with a `const std::string*` member, a
/// `std::vector<const Task*>`).
bool carriesLoans(clang::QualType type);

/// True when a value of this type refers to other memory and does not own it:
/// a reference, pointer, iterator or view. Its members' results borrow what it borrows.
bool isBorrowerType(clang::QualType type);

/// True for a container whose elements are std::unique_ptr or std::shared_ptr.
bool holdsSmartPointers(clang::QualType container);

/// The unqualified name of a class type's template or record ("vector", "basic_string"), or "".
std::string_view recordName(clang::QualType type);

} // namespace ownlings::engine
