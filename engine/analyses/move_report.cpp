// Wording of use-after-move findings, in the manner of rustc's E0382.
#include "engine/analyses/move_report.h"

#include "engine/analyses/analysis.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/span_maker.h"
#include "engine/ir/type_kinds.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/Basic/SourceManager.h>

#include <algorithm>
#include <regex>

namespace ownlings::engine {
namespace {

std::string backticked(const std::string& text) { return "`" + text + "`"; }

/// The type as the learner wrote it (`std::string`), unless that spelling is a
/// library-internal alias (`__detail::__unique_ptr_t<Job>`, `shared_ptr<_NonArray<int>>`,
/// `tuple_element<...>::type`): then the class itself.
std::string typeName(clang::QualType type, const clang::ASTContext& ast) {
    clang::PrintingPolicy policy = ast.getPrintingPolicy();
    policy.SuppressTagKeyword = true;
    policy.SuppressUnwrittenScope = true;
    type = type.getNonReferenceType().getUnqualifiedType();
    const std::string written = type.getAsString(policy);
    static const std::regex internal(R"((^|[<:, ])_[A-Z_]|::type\b)");
    const auto* alias = type->getAs<clang::TypedefType>();
    const bool memberAlias = alias && llvm::isa<clang::CXXRecordDecl>(alias->getDecl()->getDeclContext());
    if (!memberAlias && !std::regex_search(written, internal)) return written;
    std::string canonical = type.getCanonicalType().getAsString(policy);
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"std::basic_string<char>", "std::string"},
                                   {"std::basic_string_view<char>", "std::string_view"}}) {
        for (auto at = canonical.find(from); at != std::string::npos; at = canonical.find(from, at + to.size()))
            canonical.replace(at, from.size(), to);
    }
    return canonical;
}

bool isCopyable(clang::QualType type) {
    const clang::CXXRecordDecl* record = type.getNonReferenceType()->getAsCXXRecordDecl();
    if (!record || !record->hasDefinition()) return true;
    if (isStdClass(type, {"unique_ptr", "thread", "jthread", "promise", "future", "unique_lock"})) return false;
    for (const clang::CXXConstructorDecl* ctor : record->ctors())
        if (ctor->isCopyConstructor()) return !ctor->isDeleted();
    return !record->defaultedCopyConstructorIsDeleted();
}

bool movedInPreviousIteration(const clang::SourceManager& sources, const clang::Expr* cast,
                              const clang::Expr* use) {
    return !sources.isBeforeInTranslationUnit(sources.getExpansionLoc(cast->getBeginLoc()),
                                              sources.getExpansionLoc(use->getBeginLoc()));
}

bool isForward(const clang::Expr* cast) {
    return isStdCall(llvm::dyn_cast<clang::CallExpr>(cast), "forward", 1);
}

std::string note(const clang::Expr* moved, const clang::Expr* cast, const std::string& name,
                 const clang::ASTContext& ast) {
    const clang::QualType type = moved->getType();
    const std::string spelled = backticked(typeName(type, ast));
    if (cast && isForward(cast))
        return backticked(name) + " was forwarded: when the caller passed an rvalue, forwarding moved it";
    if (isStdClass(type, {"unique_ptr", "shared_ptr"}))
        return "a moved-from " + spelled + " is null: dereferencing it is undefined behaviour";
    if (isStdClass(type, {"thread", "jthread"}))
        return "a moved-from " + spelled + " is not joinable: `join()` throws `std::system_error`";
    if (isStdClass(type, {"optional"}))
        return "a moved-from " + spelled + " still holds a value, but that value has been moved from";
    if (type->isDependentType()) return backticked(name) + " is in a moved-from state";
    return spelled + " has no defined state after a move";
}

/// What the learner can write instead, most specific first.
std::string help(const FunctionContext& context, const std::string& name, const MoveReportSite& first,
                 bool loop, const clang::Expr* moved) {
    if (first.cast && isForward(first.cast)) return "forward " + backticked(name) + " only once, at its last use";
    if (loop)
        return "move " + backticked(name) + " out of the loop so that it is moved only once, or give it a new value "
               "before the next iteration";
    std::string owner;
    std::string copy;
    if (first.intoVariable) {
        owner = first.intoVariable->getNameAsString();
        copy = "auto " + owner + " = " + name + ";";
    } else if (first.intoExpression) {
        owner = context.spans.text(first.intoExpression->getSourceRange());
        copy = owner + " = " + name + ";";
    }
    const bool copyable = isCopyable(moved->getType());
    if (isSmartPointer(moved->getType()))
        return owner.empty() ? "check " + backticked(name) + " for null before using it, or use the object through its new owner"
                             : "use " + backticked(owner) + " instead: it owns the object now";
    if (!owner.empty())
        return "use " + backticked(owner) + " instead" + (copyable ? ", or copy with " + backticked(copy) : std::string());
    if (containerFamily(moved->getType()) != ContainerFamily::None)
        return "give " + backticked(name) + " a new value before using it again (`" + name +
               ".clear()` or an assignment), or move it only after its last use";
    if (copyable)
        return "if " + backticked(name) + " is still needed, pass a copy instead of moving it, or move it after its last use";
    return "move " + backticked(name) + " only after its last use";
}

} // namespace

Diagnostic makeUseAfterMoveReport(const FunctionContext& context, const clang::Expr* use,
                                  std::vector<MoveReportSite> sites, bool partial) {
    const clang::SourceManager& sources = context.ast.getSourceManager();
    std::sort(sites.begin(), sites.end(), [&](const MoveReportSite& a, const MoveReportSite& b) {
        return sources.isBeforeInTranslationUnit(a.cast->getBeginLoc(), b.cast->getBeginLoc());
    });
    // Name what was moved (`map`, even when the use is `map.weight`), or for a
    // partial move the whole object that is used (`o` after `o.name` moved).
    // A site that is a call of a lambda (which moves a capture) has no operand.
    const clang::Expr* operand = rvalueCastOperand(sites.front().cast);
    const clang::Expr* moved = operand ? operand->IgnoreParenImpCasts() : use;
    const std::string movedName = context.spans.text(moved->getSourceRange());
    const std::string name = partial ? context.spans.text(use->getSourceRange()) : movedName;
    const RuleInfo& rule = ruleInfo(RuleId::UseAfterMove);

    Diagnostic finding;
    finding.rule = rule.id;
    finding.severity = severityOf(rule.id);
    finding.rustCode = std::string(rule.rustCode);
    finding.message = (partial ? "use of partially moved value: " : "use of moved value: ") + backticked(name);
    finding.primary = context.spans.span(use->getSourceRange());
    finding.primaryLabel = "value used here after move";

    bool loop = false;
    for (const MoveReportSite& site : sites) {
        const clang::Expr* siteOperand = rvalueCastOperand(site.cast);
        if (siteOperand && siteOperand->IgnoreParenImpCasts() == use) {
            // The use is this very move, reached again through the loop's back edge.
            finding.primaryLabel = "value moved here, in previous iteration of loop";
            loop = true;
            continue;
        }
        const bool previous = movedInPreviousIteration(sources, site.cast, use);
        loop |= previous;
        std::string label = !siteOperand ? "value moved here, inside the lambda called here"
                            : partial    ? "value partially moved here"
                                         : "value moved here";
        if (previous) label += ", in previous iteration of loop";
        finding.labels.push_back({context.spans.span(site.cast->getSourceRange()), label});
    }
    finding.notes.push_back(note(moved, sites.front().cast, movedName, context.ast));
    finding.help = help(context, movedName, sites.front(), loop, moved);
    return finding;
}

} // namespace ownlings::engine
