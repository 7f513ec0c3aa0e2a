#pragma once
// Reading a labelled case file: `// expect: RULE[,RULE]` marks on primary lines.

#include <map>
#include <optional>
#include <set>
#include <string>

namespace ownlings::tests {

/// The expectations of one case file: line -> rule ids expected there.
struct CaseFile {
    std::string description; ///< the `// case:` sentence
    std::map<unsigned, std::set<std::string>> expected;
};

/// Parses the marks of `text`; sets `error` and returns nullopt on a malformed mark.
std::optional<CaseFile> parseCaseFile(const std::string& text, std::string& error);

} // namespace ownlings::tests
