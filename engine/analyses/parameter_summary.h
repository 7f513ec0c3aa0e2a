#pragma once
// What a function does with its parameters, read from its body: deletes what a
// pointer points to (`void free_list(Node* head)`), keeps the pointer, or
// stores the argument in `*this` (`set_callback(cb)`). Calls use these summaries.

namespace clang {
class FunctionDecl;
}

namespace ownlings::engine {

struct DeleteSummary {
    bool object = false;    ///< the object the argument points to is deleted
    bool reachable = false; ///< objects reached through pointers stored in it are deleted (a list, a tree)

    bool deletes() const { return object || reachable; }
};

/// Reads the body of `fn` (when it has one): does it `delete`/`free` parameter
/// `index`, or a pointer copied or loaded from it?
DeleteSummary parameterDeletion(const clang::FunctionDecl* fn, unsigned index);

/// Whether `fn` may keep the pointer it gets as parameter `index` beyond the
/// call (store it, return it, hand it on to code we cannot see). A function
/// without a body here keeps it, unless it is the standard library's.
bool parameterEscapes(const clang::FunctionDecl* fn, unsigned index);

/// Whether the method `fn` stores parameter `index` (or a move of it) in a
/// member of `*this`: assigns it, or inserts it into a member container.
bool parameterStoredInObject(const clang::FunctionDecl* fn, unsigned index);

} // namespace ownlings::engine
