#pragma once
// Lexical scopes of a function's variables: which variable outlives which.

#include <map>

namespace clang {
class ParentMap;
class Stmt;
class ValueDecl;
} // namespace clang

namespace ownlings::engine {

class ScopeTree {
public:
    /// Records the scope of every variable declared in `body`.
    ScopeTree(const clang::Stmt* body, const clang::ParentMap& parents);

    /// True when `holder` is destroyed after `local`: it is declared in a scope
    /// that encloses `local`'s scope, or it is a parameter and `local` is not.
    bool outlives(const clang::ValueDecl* holder, const clang::ValueDecl* local) const;

private:
    const clang::Stmt* scopeOf(const clang::ValueDecl* var) const;
    void collect(const clang::Stmt* stmt);

    const clang::ParentMap& m_parents;
    std::map<const clang::ValueDecl*, const clang::Stmt*> m_scopes;
};

} // namespace ownlings::engine
