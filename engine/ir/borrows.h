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
} // namespace clang

namespace ownlings::engine {

/// What a loan borrows from.
enum class TargetKind {
    Local,     ///< a local, a parameter or a member of `*this` (or a member path of one)
    Temporary, ///< a temporary object, destroyed at the end of its full-expression
    Heap,      ///< an object made by a new-expression or malloc
    Owned,     ///< the object a std::unique_ptr/shared_ptr place owns
    Pointee,   ///< what a pointer or view parameter points to: the caller's object
    Released,  ///< an owned object whose smart pointer was moved away: nothing here ends it
};

struct LoanTarget {
    TargetKind kind = TargetKind::Local;
    Place place;                       ///< Local: the borrowed place; Owned/Pointee: the pointer's place
    const clang::Expr* node = nullptr; ///< Temporary: the temporary; Heap: the allocation
    bool reachable = false;            ///< Heap/Pointee: an object reached through pointers stored in it

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
    const clang::Expr* site = nullptr; ///< where the borrow starts (null for a parameter's own loan)
    bool capture = false;              ///< made by a lambda's by-reference capture
    bool summary = false;              ///< read out of a container: may stand for any of its objects
    const clang::Expr* origin = nullptr; ///< the first borrow this one was derived from (an iterator's, for `*it`)

    auto operator<=>(const Loan&) const = default;
    bool operator==(const Loan&) const = default;
};

using LoanId = std::uint32_t;

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

/// What is known about one loan as held by one holder on some path to here.
struct LoanFacts {
    std::set<EventId> ended;                ///< events that may have ended it
    const clang::Stmt* escapedAt = nullptr; ///< a by-reference capture stored where it outlives its variable
    /// exclusive-mutable-borrow: uses of the borrowed object by another path
    /// while a non-const reference or pointer held this loan.
    std::set<const clang::Expr*> conflicts;

    void merge(const LoanFacts& other);
    bool operator==(const LoanFacts&) const = default;
};

/// The loans a value carries, or a holder holds, with what happened to each.
using Loans = std::map<LoanId, LoanFacts>;

/// Adds `from` to `into`; returns whether `into` grew.
bool mergeLoans(Loans& into, const Loans& from);

/// Interns loans and events of one function so the dataflow state holds small ids.
class BorrowTables {
public:
    LoanId loan(const Loan& loan);
    EventId event(const LoanEvent& event);
    const Loan& loan(LoanId id) const { return m_loans[id]; }
    const LoanEvent& event(EventId id) const { return m_events[id]; }

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
    std::map<Place, Loans> held;                              ///< holder place -> loans it may hold
    std::map<Place, ContainerShape> shapes;                   ///< containers whose size/capacity is known
    std::set<const clang::Expr*> liveAllocations;             ///< allocations not yet deleted, adopted or escaped
    std::map<const clang::Expr*, const clang::Stmt*> adopted; ///< allocation -> smart pointer that owns it

    bool join(const BorrowState& other);

    /// All loans held by `place` or by any part of it.
    Loans heldWithin(const Place& place) const;
    /// Forgets what `place` and its parts hold.
    void clearHolder(const Place& place);
};

} // namespace ownlings::engine
