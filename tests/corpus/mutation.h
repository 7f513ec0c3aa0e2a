#pragma once
// Deterministic mutants of a source file for the robustness test: the text cut
// at a random point, and the text with a few random lines deleted.

#include <cstdint>
#include <string>
#include <vector>

namespace ownlings::tests {

struct Mutant {
    std::string name;   ///< how to rebuild it by hand, e.g. "truncated at byte 412" or "lines 7, 12 deleted"
    std::string source;
};

/// A seed that depends only on `text` (a file's name) and `base`, so the mutants
/// of one file never change when files are added to or removed from the corpus.
std::uint64_t seedFor(const std::string& text, std::uint64_t base);

/// `count` mutants of `source`, alternating truncation and line deletion (which comes
/// first depends on the seed, so one mutant per file still tries both kinds across files).
std::vector<Mutant> makeMutants(const std::string& source, std::uint64_t seed, unsigned count);

} // namespace ownlings::tests
