// Interning of loans and events, and the join of borrow states.
#include "engine/ir/borrows.h"

namespace ownlings::engine {
namespace {

template <class Key, class Value>
bool unionInto(std::map<Key, std::set<Value>>& into, const std::map<Key, std::set<Value>>& from) {
    bool changed = false;
    for (const auto& [key, values] : from) {
        std::set<Value>& mine = into[key];
        const std::size_t before = mine.size();
        mine.insert(values.begin(), values.end());
        changed |= mine.size() != before;
    }
    return changed;
}

bool joinShapes(std::map<Place, ContainerShape>& into, const std::map<Place, ContainerShape>& from) {
    bool changed = false;
    for (auto it = into.begin(); it != into.end();) {
        auto other = from.find(it->first);
        ContainerShape merged = it->second;
        if (other == from.end()) {
            merged = {};
        } else {
            if (merged.size != other->second.size) merged.size.reset();
            if (merged.capacity != other->second.capacity) merged.capacity.reset();
        }
        if (!(merged == it->second)) {
            changed = true;
            it->second = merged;
        }
        ++it;
    }
    return changed;
}

} // namespace

LoanId BorrowTables::loan(const Loan& loan) {
    auto [it, inserted] = m_loanIds.emplace(loan, static_cast<LoanId>(m_loans.size()));
    if (inserted) m_loans.push_back(loan);
    return it->second;
}

EventId BorrowTables::event(const LoanEvent& event) {
    auto [it, inserted] = m_eventIds.emplace(event, static_cast<EventId>(m_events.size()));
    if (inserted) m_events.push_back(event);
    return it->second;
}

bool BorrowState::join(const BorrowState& other) {
    bool changed = unionInto(held, other.held);
    changed |= unionInto(invalidated, other.invalidated);
    changed |= joinShapes(shapes, other.shapes);
    const std::size_t live = liveAllocations.size();
    liveAllocations.insert(other.liveAllocations.begin(), other.liveAllocations.end());
    changed |= live != liveAllocations.size();
    for (const auto& [allocation, owner] : other.adopted) changed |= adopted.emplace(allocation, owner).second;
    return changed;
}

LoanSet BorrowState::heldWithin(const Place& place) const {
    LoanSet loans;
    for (auto it = held.lower_bound(place); it != held.end() && place.contains(it->first); ++it)
        loans.insert(it->second.begin(), it->second.end());
    return loans;
}

void BorrowState::clearHolder(const Place& place) {
    std::erase_if(held, [&](const auto& entry) { return place.contains(entry.first); });
}

} // namespace ownlings::engine
