#pragma once
// The functions of the checked file and their control-flow graphs.

#include <memory>
#include <vector>

namespace clang {
class ASTContext;
class CFG;
class FunctionDecl;
class ParentMap;
class Stmt;
} // namespace clang

namespace ownlings::engine {

/// Every function, method, constructor and lambda body written in the main
/// file, in source order. Template patterns are included, their instantiations
/// are not (a finding in a template is reported once, at the template).
std::vector<const clang::FunctionDecl*> mainFileFunctions(clang::ASTContext& ast);

/// One function body ready for analysis: its CFG (with every subexpression as
/// an element in evaluation order, lifetime ends, implicit and temporary
/// destructors, and member initialisers) and a parent map over the body and
/// the constructor's member initialisers.
struct FunctionBody {
    const clang::FunctionDecl* decl = nullptr;
    std::unique_ptr<clang::CFG> cfg;
    std::unique_ptr<clang::ParentMap> parents;

    FunctionBody();
    FunctionBody(FunctionBody&&) noexcept;
    FunctionBody& operator=(FunctionBody&&) noexcept;
    ~FunctionBody();
};

/// Builds the CFG of `fn`; returns a body with a null cfg when Clang cannot.
FunctionBody buildFunctionBody(const clang::FunctionDecl& fn, clang::ASTContext& ast);

} // namespace ownlings::engine
