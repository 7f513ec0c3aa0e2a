#pragma once
// Whether a function deletes what one of its pointer parameters points to
// (`void free_list(Node* head)`), so that a call counts as a delete there.

namespace clang {
class FunctionDecl;
}

namespace ownlings::engine {

struct DeleteSummary {
    bool deletes = false;   ///< the object the argument points to is deleted
    bool reachable = false; ///< so are objects reached through pointers stored in it (a list, a tree)
};

/// Reads the body of `fn` (when it has one): does it `delete`/`free` parameter
/// `index`, or a pointer copied or loaded from it?
DeleteSummary parameterDeletion(const clang::FunctionDecl* fn, unsigned index);

} // namespace ownlings::engine
