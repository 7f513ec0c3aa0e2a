// use-after-move: forward may-analysis of which places hold a moved-from value.
//
// State: for each place, the move casts that may have moved it on some path
// to this point. A move records the place; assignment and reinitialising
// calls, a new declaration and the end of the variable's lifetime clear it. A
// read of a place that overlaps a moved one is a finding; the place is then
// treated as valid again on that path, so a stale value is reported once.
#include "engine/analyses/move_analysis.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/move_events.h"
#include "engine/analyses/move_report.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/dataflow.h"
#include "engine/ir/function_body.h"

#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/Analysis/CFG.h>

#include <map>
#include <set>

namespace ownlings::engine {
namespace {

using MoveSites = std::set<const clang::CallExpr*>;

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
    MoveTransfer(const FunctionContext& context, bool reporting) : m_context(context), m_reporting(reporting) {}

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
        if (const auto* call = llvm::dyn_cast<clang::CallExpr>(stmt); call && isMoveCast(call)) {
            moveCast(call, state);
        } else if (const auto* expr = llvm::dyn_cast<clang::Expr>(stmt);
                   expr && llvm::isa<clang::DeclRefExpr, clang::MemberExpr>(expr) &&
                   isOutermostPlaceExpr(expr, parents)) {
            mention(expr, state);
        } else if (const auto* decl = llvm::dyn_cast<clang::DeclStmt>(stmt)) {
            for (const clang::Decl* d : decl->decls())
                if (const auto* var = llvm::dyn_cast<clang::VarDecl>(d)) forget(var, state);
        }
        for (const Place& place : reinitializedPlaces(stmt))
            state.eraseIf([&](const Place& moved) { return place.contains(moved); });
    }

    void moveCast(const clang::CallExpr* cast, MoveState& state) {
        const clang::Expr* operand = cast->getArg(0);
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
            if (!moved.overlaps(place)) continue;
            partial |= moved != place && place.contains(moved);
            for (const clang::CallExpr* cast : casts) {
                const MoveConsumer consumer = classifyMoveCast(cast, *m_context.body.parents);
                sites.push_back({cast, consumer.intoVariable, consumer.intoExpression});
            }
        }
        if (sites.empty()) return;
        if (m_reporting) m_context.report(makeUseAfterMoveReport(m_context, expr, sites, partial));
        state.eraseIf([&](const Place& moved) { return moved.overlaps(place); });
    }

    void forget(const clang::ValueDecl* var, MoveState& state) {
        state.eraseIf([var](const Place& moved) { return moved.root == var; });
    }

    const FunctionContext& m_context;
    bool m_reporting;
};

} // namespace

void runMoveAnalysis(const FunctionContext& context) {
    const clang::CFG& cfg = *context.body.cfg;
    MoveTransfer solving(context, /*reporting=*/false);
    const auto entryStates = solveForward<MoveState>(
        cfg, [&](const clang::CFGBlock& block, MoveState& state) { solving.block(block, state); });

    MoveTransfer reporting(context, /*reporting=*/true);
    for (const clang::CFGBlock* block : cfg) {
        const auto& entry = entryStates[block->getBlockID()];
        if (!entry) continue;
        MoveState state = *entry;
        reporting.block(*block, state);
    }
}

} // namespace ownlings::engine
