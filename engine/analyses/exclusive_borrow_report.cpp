// Wording of exclusive-mutable-borrow findings: rustc's E0499/E0502, adapted to C++.
#include "engine/analyses/exclusive_borrow_report.h"

#include "engine/analyses/analysis.h"
#include "engine/ir/span_maker.h"

#include <clang/AST/Expr.h>

#include <algorithm>

namespace ownlings::engine {
namespace {

std::string quoted(const std::string& text) { return "`" + text + "`"; }

Diagnostic finding(bool twoMutable) {
    Diagnostic d;
    d.rule = RuleId::ExclusiveMutableBorrow;
    d.severity = severityOf(RuleId::ExclusiveMutableBorrow);
    d.rustCode = twoMutable ? "E0499" : "E0502";
    return d;
}

/// rustc's headline for a second borrow of `object` that conflicts with a first one.
std::string headline(const std::string& object, bool firstMutable, bool secondMutable) {
    if (firstMutable && secondMutable) return "cannot borrow " + quoted(object) + " as mutable more than once at a time";
    if (firstMutable) return "cannot borrow " + quoted(object) + " as immutable because it is also borrowed as mutable";
    return "cannot borrow " + quoted(object) + " as mutable because it is also borrowed as immutable";
}

std::string firstLabel(bool firstMutable, bool secondMutable) {
    if (firstMutable && secondMutable) return "first mutable borrow occurs here";
    return firstMutable ? "mutable borrow occurs here" : "immutable borrow occurs here";
}

std::string secondLabel(bool firstMutable, bool secondMutable) {
    if (firstMutable && secondMutable) return "second mutable borrow occurs here";
    return secondMutable ? "mutable borrow occurs here" : "immutable borrow occurs here";
}

std::string laterLabel(bool firstMutable, bool secondMutable) {
    if (firstMutable && secondMutable) return "first borrow later used";
    return firstMutable ? "mutable borrow later used" : "immutable borrow later used";
}

void sortLabels(Diagnostic& d) {
    std::stable_sort(d.labels.begin(), d.labels.end(), [](const Label& a, const Label& b) {
        return a.span.line != b.span.line ? a.span.line < b.span.line : a.span.column < b.span.column;
    });
}

std::string argumentName(const BorrowingArgument& argument) {
    return argument.parameter.empty() ? "the object the method is called on" : "parameter " + quoted(argument.parameter);
}

} // namespace

Diagnostic aliasedCallReport(const FunctionContext& context, const AliasedCall& call) {
    const bool firstMutable = call.first.mutableBorrow;
    const bool secondMutable = call.second.mutableBorrow;
    Diagnostic d = finding(firstMutable && secondMutable);
    d.message = headline(call.object, firstMutable, secondMutable);
    d.primary = context.spans.span(call.second.expr->getSourceRange());
    d.primaryLabel = secondLabel(firstMutable, secondMutable);
    d.labels.push_back({context.spans.span(call.first.expr->getSourceRange()), firstLabel(firstMutable, secondMutable)});
    if (call.calleeSpan.valid()) d.labels.push_back({call.calleeSpan, laterLabel(firstMutable, secondMutable) + " by call"});
    sortLabels(d);
    const BorrowingArgument& changed = firstMutable ? call.first : call.second;
    const BorrowingArgument& other = firstMutable ? call.second : call.first;
    d.notes.push_back(argumentName(changed) + " and " + argumentName(other) + " of " + quoted(call.callee) +
                      " would name the same object, so a change made through one is seen through the other");
    d.help = firstMutable && secondMutable
                 ? "pass two different objects, or make the two changes in two separate calls"
                 : "pass a copy as the read-only argument (`const auto copy = " + call.object +
                       ";`), or let the function take that parameter by value";
    return d;
}

Diagnostic liveBorrowConflictReport(const FunctionContext& context, const LiveBorrowConflict& conflict) {
    const bool writes = conflict.conflictWrites;
    Diagnostic d = finding(writes);
    d.message = headline(conflict.object, true, writes);
    d.primary = context.spans.span(conflict.conflict->getSourceRange());
    d.primaryLabel = secondLabel(true, writes);
    if (conflict.borrow) d.labels.push_back({context.spans.span(conflict.borrow->getSourceRange()), firstLabel(true, writes)});
    d.labels.push_back({context.spans.span(conflict.later->getSourceRange()),
                        laterLabel(true, writes) + " here" + (conflict.nextIteration ? ", in the next iteration of the loop" : "")});
    sortLabels(d);
    d.notes.push_back(quoted(conflict.holder) + " is a non-const reference or pointer to " + quoted(conflict.object) +
                      " and is used again later: until that last use, " + quoted(conflict.object) +
                      " should be reached only through " + quoted(conflict.holder));
    d.help = conflict.holderIsWhole ? "use " + quoted(conflict.holder) + " here instead of " + quoted(conflict.object) +
                                          ", or finish using " + quoted(conflict.holder) + " before this line"
                                    : "finish using " + quoted(conflict.holder) + " before this line, or take the reference "
                                      "again after it";
    return d;
}

} // namespace ownlings::engine
