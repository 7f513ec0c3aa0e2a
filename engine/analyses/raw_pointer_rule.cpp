// raw-owning-pointer, a discipline rule: ownership belongs in smart pointers and containers.
#include "engine/analyses/raw_pointer_rule.h"

#include "engine/analyses/analysis.h"
#include "engine/analyses/syntax_walk.h"
#include "engine/ir/ast_helpers.h"
#include "engine/ir/function_body.h"
#include "engine/ir/span_maker.h"

#include <clang/AST/Decl.h>
#include <clang/AST/ExprCXX.h>

#include <array>
#include <string>

namespace ownlings::engine {
namespace {

constexpr std::array<std::string_view, 5> kAllocators{"malloc", "calloc", "realloc", "strdup", "aligned_alloc"};

bool isCAllocation(const clang::CallExpr* call, std::string_view& name) {
    const clang::FunctionDecl* callee = call->getDirectCallee();
    if (!callee || !callee->getIdentifier()) return false;
    const clang::DeclContext* context = callee->getDeclContext()->getRedeclContext();
    if (!context->isTranslationUnit() && !callee->isInStdNamespace()) return false; // a function of the learner's own
    name = calleeName(call);
    if (name == "free") return true;
    for (std::string_view allocator : kAllocators)
        if (name == allocator) return true;
    return false;
}

Diagnostic report(const FunctionContext& context, const clang::Expr* expr, const std::string& what,
                  const std::string& label, const std::string& help) {
    Diagnostic d;
    d.rule = RuleId::RawOwningPointer;
    d.severity = severityOf(RuleId::RawOwningPointer);
    d.message = what;
    d.primary = context.spans.span(expr->getSourceRange());
    d.primaryLabel = label;
    d.notes.push_back("in Rust, a `Box<T>` owns heap memory and frees it when it goes out of scope; in C++ that is "
                      "`std::unique_ptr<T>`");
    d.help = help;
    return d;
}

void check(const FunctionContext& context, const clang::Stmt* stmt) {
    if (const auto* allocation = llvm::dyn_cast<clang::CXXNewExpr>(stmt)) {
        if (allocation->getNumPlacementArgs() > 0) return; // placement new constructs in memory someone else owns
        const std::string type = allocation->getAllocatedType().getAsString(context.ast.getPrintingPolicy());
        context.report(report(context, allocation, "owning raw pointer: `new` hands out memory that nothing frees for you",
                              "allocated with `new` here",
                              allocation->isArray() ? "use a `std::vector<" + type + ">` (or `std::make_unique<" + type + "[]>(n)`)"
                                                    : "use `std::make_unique<" + type + ">(...)` and let the smart pointer free it"));
    } else if (const auto* release = llvm::dyn_cast<clang::CXXDeleteExpr>(stmt)) {
        context.report(report(context, release, "manual `delete`: the object should be owned by a smart pointer or container",
                              "freed by hand here",
                              "let a `std::unique_ptr` or a container own the object; it is then deleted exactly once, on every path"));
    } else if (const auto* call = llvm::dyn_cast<clang::CallExpr>(stmt)) {
        std::string_view name;
        if (!isCAllocation(call, name)) return;
        const bool freeing = name == "free";
        context.report(report(context, call,
                              freeing ? "manual `free`: C memory management in C++ code"
                                      : "owning raw pointer: `" + std::string(name) + "` hands out memory that nothing frees for you",
                              freeing ? "freed by hand here" : "allocated here",
                              "use `std::string`, `std::vector` or `std::make_unique` instead of malloc/free"));
    }
}

} // namespace

void runRawPointerRule(const FunctionContext& context) {
    forEachStatement(*context.body.decl, [&](const clang::Stmt* stmt) { check(context, stmt); });
}

} // namespace ownlings::engine
