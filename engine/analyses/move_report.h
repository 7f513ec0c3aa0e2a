#pragma once
// The words of a use-after-move finding: headline, labels, note and help.

#include "engine/diagnostics/diagnostic.h"

#include <vector>

namespace clang {
class Expr;
class VarDecl;
} // namespace clang

namespace ownlings::engine {

struct FunctionContext;

/// A move that reaches the use: the std::move/std::forward call and, when the
/// moved value initialised or was assigned to something, that destination.
struct MoveReportSite {
    const clang::Expr* cast = nullptr; ///< std::move(x), std::forward<T>(x) or static_cast<T&&>(x)
    const clang::VarDecl* intoVariable = nullptr;
    const clang::Expr* intoExpression = nullptr;
};

/// Builds the finding for a read of `use` after the moves in `sites`.
/// `partial` is set when only a member of the used object was moved.
Diagnostic makeUseAfterMoveReport(const FunctionContext& context, const clang::Expr* use,
                                  std::vector<MoveReportSite> sites, bool partial);

} // namespace ownlings::engine
