#pragma once
// The Diagnostic value: what the engine found, as plain data for renderers and front ends.

#include "engine/rules.h"

#include <optional>
#include <string>
#include <vector>

namespace ownlings::engine {

/// A range of source text. Lines are 1-based; columns are 1-based UTF-8 byte
/// offsets within the line (as Clang counts them); endColumn is exclusive.
struct SourceSpan {
    std::string file;
    unsigned line = 0;
    unsigned column = 0;
    unsigned endLine = 0;
    unsigned endColumn = 0;

    bool valid() const { return line > 0 && column > 0; }
    bool operator==(const SourceSpan&) const = default;
};

enum class Severity { Error, Warning, Note };

/// A secondary span with the text printed under it ("value moved here").
struct Label {
    SourceSpan span;
    std::string message;
    bool operator==(const Label&) const = default;
};

/// One finding of an ownership rule, or one error of the compiler (then `rule` is empty).
struct Diagnostic {
    std::optional<RuleId> rule;
    Severity severity = Severity::Error;
    std::string message;         ///< headline: "use of moved value: `name`"
    SourceSpan primary;          ///< where the learner looks: the use that goes wrong
    std::string primaryLabel;    ///< printed under the primary span, may be empty
    std::vector<Label> labels;   ///< secondary spans, in source order
    std::vector<std::string> notes;
    std::string help;
    std::string rustCode;        ///< "E0382", empty when Rust has no code for it
};

/// Severity a rule's findings carry: bug rules are errors, discipline rules warnings.
Severity severityOf(RuleId rule);

} // namespace ownlings::engine
