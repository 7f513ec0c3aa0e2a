#pragma once
// The explanation texts as the build embeds them (see embed_explanations.cmake).

#include <span>
#include <string_view>

namespace ownlings::engine {

/// One engine/explain/<name>.md file, verbatim.
struct EmbeddedExplanation {
    std::string_view name; ///< the rule id, e.g. "use-after-move"
    std::string_view text; ///< the Markdown text
};

/// Every embedded text, in rules.def order. Defined in the generated explanation_texts.cpp.
std::span<const EmbeddedExplanation> embeddedExplanations();

} // namespace ownlings::engine
