// Interning of loans and events, and the join of borrow states.
#include "engine/ir/borrows.h"

namespace ownlings::engine {
namespace {

bool joinHeld(std::map<Place, Loans>& into, const std::map<Place, Loans>& from) {
    bool changed = false;
    for (const auto& [holder, loans] : from) changed |= mergeLoans(into[holder], loans);
    return changed;
}

bool joinShapes(std::map<Place, ContainerShape>& into, const std::map<Place, ContainerShape>& from) {
    bool changed = false;
    for (auto& [place, shape] : into) {
        auto other = from.find(place);
        ContainerShape merged = shape;
        if (other == from.end()) {
            merged = {};
        } else {
            if (merged.size != other->second.size) merged.size.reset();
            if (merged.capacity != other->second.capacity) merged.capacity.reset();
        }
        if (!(merged == shape)) {
            changed = true;
            shape = merged;
        }
    }
    return changed;
}

} // namespace

void LoanFacts::merge(const LoanFacts& other) {
    ended.insert(other.ended.begin(), other.ended.end());
    conflicts.insert(other.conflicts.begin(), other.conflicts.end());
    if (!escapedAt) escapedAt = other.escapedAt;
}

bool mergeLoans(Loans& into, const Loans& from) {
    bool changed = false;
    for (const auto& [id, facts] : from) {
        auto [it, inserted] = into.emplace(id, facts);
        if (inserted) {
            changed = true;
            continue;
        }
        const LoanFacts before = it->second;
        it->second.merge(facts);
        changed |= !(before == it->second);
    }
    return changed;
}

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
    bool changed = joinHeld(held, other.held);
    changed |= joinShapes(shapes, other.shapes);
    const std::size_t live = liveAllocations.size();
    liveAllocations.insert(other.liveAllocations.begin(), other.liveAllocations.end());
    changed |= live != liveAllocations.size();
    for (const auto& [allocation, owner] : other.adopted) changed |= adopted.emplace(allocation, owner).second;
    return changed;
}

Loans BorrowState::heldWithin(const Place& place) const {
    Loans loans;
    for (auto it = held.lower_bound(place); it != held.end() && place.contains(it->first); ++it)
        mergeLoans(loans, it->second);
    return loans;
}

void BorrowState::clearHolder(const Place& place) {
    std::erase_if(held, [&](const auto& entry) { return place.contains(entry.first); });
}

} // namespace ownlings::engine
