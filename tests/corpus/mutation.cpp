// Mutants of a source text, built from a fixed-seed generator.
#include "mutation.h"

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

namespace ownlings::tests {
namespace {

/// A number in [0, bound), the same on every platform (unlike std::uniform_int_distribution).
std::size_t pick(std::mt19937_64& random, std::size_t bound) {
    return bound == 0 ? 0 : static_cast<std::size_t>(random() % bound);
}

std::vector<std::string> splitLines(const std::string& source) {
    std::vector<std::string> lines;
    std::istringstream in(source);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

Mutant truncated(const std::string& source, std::mt19937_64& random) {
    const std::size_t cut = pick(random, source.size() + 1);
    return {"truncated at byte " + std::to_string(cut), source.substr(0, cut)};
}

bool isCode(const std::string& line) {
    const auto first = line.find_first_not_of(" \t\r");
    return first != std::string::npos && line.compare(first, 2, "//") != 0;
}

/// Deletes one or two lines of code (blank and comment lines would change nothing; more
/// deletions would almost never compile, and only code that compiles reaches the analyses).
Mutant linesDeleted(const std::string& source, std::mt19937_64& random) {
    const std::vector<std::string> lines = splitLines(source);
    std::vector<std::size_t> code;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (isCode(lines[i])) code.push_back(i);
    const std::size_t wanted = std::min<std::size_t>(1 + pick(random, 2), code.size());
    std::set<std::size_t> deleted;
    while (deleted.size() < wanted) deleted.insert(code[pick(random, code.size())]);
    Mutant mutant{"", ""};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (deleted.count(i)) continue;
        mutant.source += lines[i] + '\n';
    }
    mutant.name = "line";
    mutant.name += deleted.size() == 1 ? " " : "s ";
    for (auto it = deleted.begin(); it != deleted.end(); ++it)
        mutant.name += (it == deleted.begin() ? "" : ", ") + std::to_string(*it + 1);
    mutant.name += " deleted";
    return mutant;
}

} // namespace

std::uint64_t seedFor(const std::string& text, std::uint64_t base) {
    std::uint64_t hash = 14695981039346656037ull; // FNV-1a
    for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return hash ^ base;
}

std::vector<Mutant> makeMutants(const std::string& source, std::uint64_t seed, unsigned count) {
    std::mt19937_64 random(seed);
    const unsigned firstKind = static_cast<unsigned>(pick(random, 2));
    std::vector<Mutant> mutants;
    for (unsigned i = 0; i < count; ++i)
        mutants.push_back((firstKind + i) % 2 == 0 ? truncated(source, random) : linesDeleted(source, random));
    return mutants;
}

} // namespace ownlings::tests
