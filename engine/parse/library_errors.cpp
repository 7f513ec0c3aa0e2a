// Clang errors raised inside library headers, moved to the learner's line.
#include "engine/parse/library_errors.h"

#include <optional>
#include <string>

namespace ownlings::engine {
namespace {

/// "c++/12/bits/stl_construct.h" rather than the whole path through the GCC install.
std::string shortHeaderName(const std::string& path) {
    const std::string marker = "/include/";
    const std::size_t at = path.rfind(marker);
    return at == std::string::npos ? path : path.substr(at + marker.size());
}

bool insideLibrary(const Diagnostic& error, const std::string& checkedPath) {
    return error.primary.valid() && error.primary.file != checkedPath;
}

/// True when `error` was moved to the learner's line.
bool anchor(Diagnostic& error, const std::string& checkedPath) {
    if (!insideLibrary(error, checkedPath) || error.labels.empty()) return false;
    const Label request = error.labels.back(); // the outermost "requested here": the learner's code
    error.labels.pop_back();
    // The frames between the library and the learner's line are the library's business.
    std::erase_if(error.notes, [](const std::string& note) { return note.starts_with("in instantiation of "); });
    error.notes.insert(error.notes.begin(), "the error is inside the library, in " + shortHeaderName(error.primary.file) +
                                                ":" + std::to_string(error.primary.line));
    error.primary = request.span;
    error.primaryLabel = request.message;
    return true;
}

} // namespace

void anchorLibraryErrors(std::vector<Diagnostic>& errors, const std::string& checkedPath) {
    std::vector<Diagnostic> kept;
    std::optional<SourceSpan> lastAnchored;
    for (Diagnostic& error : errors) {
        const bool moved = anchor(error, checkedPath);
        if (moved && lastAnchored == error.primary) continue;
        // Another error deeper in the same instantiation: the anchored one already says it.
        if (!moved && lastAnchored && insideLibrary(error, checkedPath)) continue;
        lastAnchored = moved ? std::optional(error.primary) : std::nullopt;
        kept.push_back(std::move(error));
    }
    errors = std::move(kept);
}

} // namespace ownlings::engine
