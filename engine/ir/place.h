#pragma once
// Places: the memory locations the analyses track, as a root variable plus a member path.

#include <compare>
#include <optional>
#include <vector>

namespace clang {
class Expr;
class ValueDecl;
} // namespace clang

namespace ownlings::engine {

/// A local variable, parameter or `this`, followed by a chain of fields:
/// `o.name.first` is {o, [name, first]}; `this->items` is {nullptr, [items]}.
/// A pointer step (`p->x`) is kept like a dot step: the path names what the
/// expression names at the point it is evaluated.
struct Place {
    const clang::ValueDecl* root = nullptr; ///< nullptr means `*this`
    std::vector<const clang::ValueDecl*> fields;

    bool isThis() const { return root == nullptr; }
    /// True when this place is `other` or contains it (`o` contains `o.name`).
    bool contains(const Place& other) const;
    /// True when one place contains the other: touching one touches the other.
    bool overlaps(const Place& other) const { return contains(other) || other.contains(*this); }

    auto operator<=>(const Place&) const = default;
    bool operator==(const Place&) const = default;
};

/// The place an expression names, looking through parentheses and implicit
/// casts: a local or parameter (not a static or global), a structured binding,
/// or a member path rooted at one of those or at `this`. Nullopt otherwise
/// (calls, subscripts, dereferences).
std::optional<Place> placeOf(const clang::Expr* expr);

} // namespace ownlings::engine
