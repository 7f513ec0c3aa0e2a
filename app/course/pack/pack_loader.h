#pragma once
// Loading a pack folder: the manifest, every file it names, and every problem found on the way.

#include "app/course/pack/pack.h"

#include <QString>

#include <optional>
#include <vector>

namespace ownlings::course {

/// The newest manifest `format_version` this build understands.
inline constexpr int kPackFormatVersion = 1;
/// Largest source, test or lesson file a pack may hold.
inline constexpr qint64 kMaxPackFileBytes = 256 * 1024;
/// Largest manifest.
inline constexpr qint64 kMaxManifestBytes = 1024 * 1024;

/// One thing wrong with a pack.
struct PackProblem {
    QString file;    ///< relative to the pack folder ("pack.toml", "exercises/a.cpp"), or the folder itself
    int line = 0;    ///< 1-based; 0 when the problem concerns the whole file
    int column = 0;  ///< 1-based; 0 when unknown (only TOML syntax and encoding errors have one)
    QString message; ///< says what is wrong and what to do, e.g. "`hints` needs 1 to 3 entries, not 4"

    /// "pack.toml:12:5: message", "pack.toml:12: message" or "pack.toml: message".
    QString toString() const;
    bool operator==(const PackProblem&) const = default;
};

/// Either a pack (and no problems) or every problem found (and no pack).
struct PackLoadResult {
    std::optional<Pack> pack;
    std::vector<PackProblem> problems; ///< sorted by file, then line, then column

    bool ok() const { return pack.has_value(); }
};

/// Loads the pack in `dir`. The manifest is `dir/pack.toml` (a staged or
/// installed pack) or, when that is missing, `dir/exercises/pack.toml` (the
/// repository's source tree); paths in it are relative to `dir` either way.
/// Reports every problem at once and never throws or crashes, whatever the files hold.
PackLoadResult loadPack(const QString& dir);

} // namespace ownlings::course
