#pragma once
// Summaries of what a function's result borrows, read from its body, so that a
// call of a function written in the file is not judged by its signature alone.

#include <map>
#include <optional>
#include <set>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace ownlings::engine {

class SpanMaker;

/// Which of a function's inputs its result may borrow from.
struct ReturnBorrows {
    std::vector<bool> referent; ///< the object reference parameter i refers to
    std::vector<bool> pointee;  ///< what the value of pointer or view parameter i points to
    bool object = false;        ///< `*this`
};

/// Summaries of the functions of one translation unit, computed on first use.
class SummaryCache {
public:
    SummaryCache(clang::ASTContext& ast, const SpanMaker& spans) : m_ast(ast), m_spans(spans) {}

    /// What `fn`'s result borrows, from its body in this file; nullopt when
    /// there is no body here, or `fn` is being summarised already (recursion).
    std::optional<ReturnBorrows> returnBorrows(const clang::FunctionDecl* fn);

private:
    clang::ASTContext& m_ast;
    const SpanMaker& m_spans;
    std::map<const clang::FunctionDecl*, std::optional<ReturnBorrows>> m_done;
    std::set<const clang::FunctionDecl*> m_inProgress;
};

} // namespace ownlings::engine
