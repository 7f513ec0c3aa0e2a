#pragma once
// The ownership IR of the borrow analyses: loans (what a reference, pointer,
// iterator, view or lambda borrows), the events that end them, and the state
// the dataflow carries from statement to statement.

#include "engine/ir/place.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace clang {
class Expr;
class Stmt;
class VarDecl;
} // namespace clang

namespace ownlings::engine {

/// What a loan borrows from.
enum class TargetKind {
    Local,     ///< a local variable or parameter (or a member path of one)
    Temporary, ///< a temporary object, destroyed at the end of its full-expression
    Heap,      ///< an object made by a new-expression
    Owned,     ///< the object a std::unique_ptr/shared_ptr place owns
};

struct LoanTarget {
    TargetKind kind = TargetKind::Local;
    Place place;                       ///< Local: the borrowed place; Owned: the smart pointer
    const clang::Expr* node = nullptr; ///< Temporary: the temporary; Heap: the new-expression
    bool reachable = false;            ///< Heap: an object reached through pointers stored in it

    auto operator<=>(const LoanTarget&) const = default;
    bool operator==(const LoanTarget&) const = default;
};

enum class LoanKind {
    Object,   ///< the object itself (`&x`, `T& r = x`, a by-reference capture)
    Elements, ///< a reference, pointer or view into a container's elements or a string's buffer
    Iterator, ///< an iterator into a container
};

struct Loan {
    LoanTarget target;
    LoanKind kind = LoanKind::Object;
    const clang::Expr* site = nullptr; ///< the expression where the borrow starts
    bool capture = false;              ///< made by a lambda's by-reference capture

    auto operator<=>(const Loan&) const = default;
    bool operator==(const Loan&) const = default;
};

using LoanId = std::uint32_t;
using LoanSet = std::set<LoanId>;

/// What ends or invalidates loans.
enum class EventKind {
    ScopeEnd,     ///< a local's lifetime ended (or its smart pointer destroyed the object)
    TemporaryEnd, ///< a temporary was destroyed at the end of its full-expression
    Moved,        ///< the place was moved from
    Modified,     ///< a container was changed in a way that may move its elements
    Deleted,      ///< delete/free, or a unique_ptr reset, destroyed a heap object
};

struct LoanEvent {
    EventKind kind = EventKind::ScopeEnd;
    const clang::Stmt* site = nullptr; ///< the statement that caused it (a `}` is the scope's CompoundStmt)
    std::string subject;               ///< what it happened to, as written: `v`, `s`
    std::string detail;                ///< the member that modified a container: `push_back`

    auto operator<=>(const LoanEvent&) const = default;
    bool operator==(const LoanEvent&) const = default;
};

using EventId = std::uint32_t;

/// Interns loans and events of one function so the dataflow state holds small ids.
class BorrowTables {
public:
    LoanId loan(const Loan& loan);
    EventId event(const LoanEvent& event);
    const Loan& loan(LoanId id) const { return m_loans[id]; }
    const LoanEvent& event(EventId id) const { return m_events[id]; }
    std::size_t loanCount() const { return m_loans.size(); }

private:
    std::vector<Loan> m_loans;
    std::map<Loan, LoanId> m_loanIds;
    std::vector<LoanEvent> m_events;
    std::map<LoanEvent, EventId> m_eventIds;
};

/// Known size and capacity of a vector or string, for `reserve` followed by pushes.
struct ContainerShape {
    std::optional<std::uint64_t> size;
    std::optional<std::uint64_t> capacity;
    bool operator==(const ContainerShape&) const = default;
};

/// The dataflow state at one program point. Every part is a may-fact
/// ("on some path to here"), so joining is union.
struct BorrowState {
    std::map<Place, LoanSet> held;                   ///< holder place -> loans it may hold
    std::map<LoanId, std::set<EventId>> invalidated; ///< loan -> events that may have ended it
    std::map<Place, ContainerShape> shapes;          ///< containers whose size/capacity is known
    std::set<const clang::Expr*> liveAllocations;    ///< new-expressions not yet deleted, adopted or escaped
    std::map<const clang::Expr*, const clang::Expr*> adopted; ///< allocation -> smart pointer that owns it

    bool join(const BorrowState& other);

    /// All loans held by `place` or by any part of it.
    LoanSet heldWithin(const Place& place) const;
    /// Forgets what `place` and its parts hold.
    void clearHolder(const Place& place);
};

} // namespace ownlings::engine
