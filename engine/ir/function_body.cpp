// Collecting main-file functions and building their CFGs.
#include "engine/ir/function_body.h"

#include <clang/AST/ASTContext.h>
#include <clang/AST/DeclCXX.h>
#include <clang/AST/ExprCXX.h>
#include <clang/AST/ParentMap.h>
#include <clang/AST/RecursiveASTVisitor.h>
#include <clang/Analysis/CFG.h>
#include <clang/Basic/SourceManager.h>

namespace ownlings::engine {
namespace {

class FunctionCollector : public clang::RecursiveASTVisitor<FunctionCollector> {
public:
    explicit FunctionCollector(const clang::SourceManager& sources) : m_sources(sources) {}

    bool TraverseDecl(clang::Decl* decl) {
        // Headers hold most of the AST; skipping them keeps the walk proportional to the exercise.
        if (!decl) return true;
        if (!llvm::isa<clang::TranslationUnitDecl>(decl) && !isInMainFile(decl)) return true;
        return clang::RecursiveASTVisitor<FunctionCollector>::TraverseDecl(decl);
    }

    bool VisitFunctionDecl(clang::FunctionDecl* fn) {
        if (fn->isThisDeclarationADefinition() && fn->hasBody() && !fn->isTemplateInstantiation() &&
            !fn->isImplicit() && !fn->isDefaulted())
            m_functions.push_back(fn);
        return true;
    }

    bool VisitLambdaExpr(clang::LambdaExpr* lambda) {
        if (const clang::CXXMethodDecl* call = lambda->getCallOperator()) m_functions.push_back(call);
        return true;
    }

    std::vector<const clang::FunctionDecl*> take() { return std::move(m_functions); }

private:
    bool isInMainFile(const clang::Decl* decl) const {
        return m_sources.isInMainFile(m_sources.getExpansionLoc(decl->getLocation()));
    }

    const clang::SourceManager& m_sources;
    std::vector<const clang::FunctionDecl*> m_functions;
};

clang::CFG::BuildOptions cfgOptions() {
    clang::CFG::BuildOptions options;
    options.AddEHEdges = true; // calls that may throw reach the catch handlers
    options.AddLifetime = true;
    options.AddImplicitDtors = true;
    options.AddTemporaryDtors = true;
    options.AddInitializers = true;
    options.AddScopes = true;
    options.AddRichCXXConstructors = true;
    options.AddCXXDefaultInitExprInCtors = true;
    options.setAllAlwaysAdd();
    return options;
}

} // namespace

FunctionBody::FunctionBody() = default;
FunctionBody::FunctionBody(FunctionBody&&) noexcept = default;
FunctionBody& FunctionBody::operator=(FunctionBody&&) noexcept = default;
FunctionBody::~FunctionBody() = default;

std::vector<const clang::FunctionDecl*> mainFileFunctions(clang::ASTContext& ast) {
    FunctionCollector collector(ast.getSourceManager());
    collector.TraverseDecl(ast.getTranslationUnitDecl());
    return collector.take();
}

FunctionBody buildFunctionBody(const clang::FunctionDecl& fn, clang::ASTContext& ast) {
    FunctionBody body;
    body.decl = &fn;
    clang::Stmt* stmt = fn.getBody();
    if (!stmt) return body;
    body.cfg = clang::CFG::buildCFG(&fn, stmt, &ast, cfgOptions());
    body.parents = std::make_unique<clang::ParentMap>(stmt);
    if (const auto* ctor = llvm::dyn_cast<clang::CXXConstructorDecl>(&fn)) {
        for (const clang::CXXCtorInitializer* init : ctor->inits())
            if (init->isWritten() && init->getInit()) body.parents->addStmt(init->getInit());
    }
    return body;
}

} // namespace ownlings::engine
