#pragma once
// Places: the memory locations the analyses track, as a root variable plus a
// path of members and constant-index elements.

#include <compare>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class Expr;
class ValueDecl;
} // namespace clang

namespace ownlings::engine {

/// One step of a place's path: a member (`.name`) or an element with a
/// constant index or key (`[0]`, `["admins"]`).
struct PlaceStep {
    const clang::ValueDecl* field = nullptr; ///< the member; nullptr for an element
    std::string key;                          ///< the element's index or key as written

    bool isElement() const { return field == nullptr; }
    auto operator<=>(const PlaceStep&) const = default;
    bool operator==(const PlaceStep&) const = default;
};

/// A local variable, parameter or `this`, followed by a path:
/// `o.name.first` is {o, [name, first]}; `this->items` is {nullptr, [items]};
/// `queue[0]` is {queue, [element 0]}. A pointer step (`p->x`) is kept like a
/// dot step: the path names what the expression names where it is evaluated.
struct Place {
    const clang::ValueDecl* root = nullptr; ///< nullptr means `*this`
    std::vector<PlaceStep> steps;

    bool isThis() const { return root == nullptr; }
    /// True when this place is `other` or contains it (`o` contains `o.name`).
    bool contains(const Place& other) const;
    /// True when one place contains the other: touching one touches the other.
    bool overlaps(const Place& other) const { return contains(other) || other.contains(*this); }
    /// True when `other` extends this place through an element step (`v` and `v[0].x`).
    bool reachesElementOf(const Place& other) const;

    auto operator<=>(const Place&) const = default;
    bool operator==(const Place&) const = default;
};

/// The place an expression names, looking through parentheses and implicit
/// casts: a local or parameter (not a static or global), a structured binding,
/// a member path rooted at one of those or at `this`, or an element of one
/// with a constant index or key (`v[0]`, `m["key"]`, `v.at(1)`). Nullopt
/// otherwise (other calls, dereferences, variable indexes).
std::optional<Place> placeOf(const clang::Expr* expr);

/// Like placeOf, but only for paths that stay inside one object: `o.a.b` and
/// `this->a`, not `p->a` (memory `p` points to) nor elements.
std::optional<Place> objectPlaceOf(const clang::Expr* expr);

} // namespace ownlings::engine
