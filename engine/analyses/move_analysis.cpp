// use-after-move: forward may-analysis of which places hold a moved-from value.
//
// State: for each place, the move casts that may have moved it on some path
// to this point. A move records the place; assignment and reinitialising
// calls, a new declaration and the end of the variable's lifetime clear it. A
// read of a place that overlaps a moved one is a finding; the place is then
// treated as valid again on that path, so a stale value is reported once.
#include "engine/analyses/move_analysis.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/closure_moves.h"
#include "engine/analyses/move_events.h"
#include "engine/analyses/move_report.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/dataflow.h"
#include "engine/ir/function_body.h"

#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/Analysis/CFG.h>

#include <map>
#include <set>

namespace ownlings::engine {
namespace {

using MoveSites = std::set<const clang::Expr*>;

struct MoveState {
    std::map<Place, MoveSites> moved;

    bool join(const MoveState& other) {
        bool changed = false;
        for (const auto& [place, sites] : other.moved) {
            MoveSites& mine = moved[place];
            const std::size_t before = mine.size();
            mine.insert(sites.begin(), sites.end());
            changed |= mine.size() != before;
        }
        return changed;
    }

    template <class Pred>
    void eraseIf(Pred pred) {
        std::erase_if(moved, [&](const auto& entry) { return pred(entry.first); });
    }
};

bool isMovableType(clang::QualType type) {
    type = type.getNonReferenceType();
    return type->isRecordType() || type->isDependentType();
}

class MoveTransfer {
public:
    MoveTransfer(const FunctionContext& context, bool reporting)
        : m_context(context), m_reporting(reporting), m_closures(closureMoves(context.body.decl->getBody())) {}

    void block(const clang::CFGBlock& block, MoveState& state) {
        for (const clang::CFGElement& element : block) this->element(element, state);
    }

private:
    void element(const clang::CFGElement& element, MoveState& state) {
        if (auto stmt = element.getAs<clang::CFGStmt>()) {
            statement(stmt->getStmt(), state);
        } else if (auto ends = element.getAs<clang::CFGLifetimeEnds>()) {
            forget(ends->getVarDecl(), state);
        }
    }

    void statement(const clang::Stmt* stmt, MoveState& state) {
        const clang::ParentMap& parents = *m_context.body.parents;
        if (const clang::Expr* operand = rvalueCastOperand(stmt)) {
            moveCast(llvm::cast<clang::Expr>(stmt), operand, state);
        } else if (const auto* expr = llvm::dyn_cast<clang::Expr>(stmt);
                   expr && !llvm::isa<clang::CastExpr, clang::ParenExpr>(expr) && isOutermostPlaceExpr(expr, parents)) {
            mention(expr, state);
        } else if (const clang::VarDecl* closure = calledClosure(stmt); closure && m_closures.count(closure)) {
            for (const clang::ValueDecl* captured : m_closures.at(closure))
                state.moved[Place{captured, {}}] = MoveSites{llvm::cast<clang::Expr>(stmt)};
        } else if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
            for (const clang::Decl* d : decl->decls())
                if (const auto* var = llvm::dyn_cast<clang::VarDecl>(d)) forget(var, state);
        }
        for (const Place& place : reinitializedPlaces(stmt))
            state.eraseIf([&](const Place& moved) { return place.contains(moved); });
        if (auto container = modifiedContainer(stmt))
            state.eraseIf([&](const Place& moved) { return container->reachesElementOf(moved); });
    }

    void moveCast(const clang::Expr* cast, const clang::Expr* operand, MoveState& state) {
        auto place = placeOf(operand);
        if (!place || !isMovableType(operand->getType())) return;
        use(operand->IgnoreParenImpCasts(), *place, state);
        if (!classifyMoveCast(cast, *m_context.body.parents).moves) return;
        state.moved[*place] = MoveSites{cast};
    }

    void mention(const clang::Expr* expr, MoveState& state) {
        if (classifyPlaceAccess(expr, *m_context.body.parents) == PlaceAccess::Read) use(expr, *placeOf(expr), state);
    }

    void use(const clang::Expr* expr, const Place& place, MoveState& state) {
        std::vector<MoveReportSite> sites;
        bool partial = false;
        for (const auto& [moved, casts] : state.moved) {
            // A moved element leaves its container usable as a whole (`v.size()` after `std::move(v[0])`).
            if (!moved.overlaps(place) || (moved != place && place.reachesElementOf(moved))) continue;
            partial |= moved != place && place.contains(moved);
            for (const clang::Expr* cast : casts) {
                const MoveConsumer consumer = classifyMoveCast(cast, *m_context.body.parents);
                sites.push_back({cast, consumer.intoVariable, consumer.intoExpression});
            }
        }
        if (sites.empty()) return;
        if (m_reporting) m_context.report(makeUseAfterMoveReport(m_context, expr, sites, partial));
        state.eraseIf([&](const Place& moved) { return moved.overlaps(place) && !place.reachesElementOf(moved); });
    }

    /// A variable that dies or is declared afresh holds no moved-from value;
    /// for a structured binding's hidden object, neither do its bindings.
    void forget(const clang::ValueDecl* var, MoveState& state) {
        std::set<const clang::ValueDecl*> roots{var};
        if (const auto* decomposition = llvm::dyn_cast<clang::DecompositionDecl>(var))
            for (const clang::BindingDecl* binding : decomposition->bindings()) roots.insert(binding);
        state.eraseIf([&](const Place& moved) { return roots.count(moved.root) > 0; });
    }

    const FunctionContext& m_context;
    bool m_reporting;
    std::map<const clang::VarDecl*, std::vector<const clang::ValueDecl*>> m_closures;
};

} // namespace

void runMoveAnalysis(const FunctionContext& context) {
    const clang::CFG& cfg = *context.body.cfg;
    MoveTransfer solving(context, /*reporting=*/false);
    const auto entryStates = solveForward<MoveState>(
        cfg, [&](const clang::CFGBlock& block, MoveState& state) { solving.block(block, state); },
        [](const clang::CFGBlock& block, unsigned successor, MoveState& state) {
            // On the branch where `if (p)` proved a smart pointer non-null, it was not moved from.
            if (block.succ_size() != 2) return true;
            auto test = smartPointerTest(llvm::dyn_cast_or_null<clang::Expr>(block.getTerminatorCondition()));
            if (test && (successor == 0) == test->nonNullWhenTrue)
                state.eraseIf([&](const Place& moved) { return moved.overlaps(test->place); });
            return true;
        });

    MoveTransfer reporting(context, /*reporting=*/true);
    for (const clang::CFGBlock* block : cfg) {
        const auto& entry = entryStates[block->getBlockID()];
        if (!entry) continue;
        MoveState state = *entry;
        reporting.block(*block, state);
    }
}

} // namespace ownlings::engine
