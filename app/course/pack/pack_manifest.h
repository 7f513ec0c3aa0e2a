#pragma once
// Turning a parsed manifest into the pack model, checking every key and every file it names.

#include "app/course/pack/manifest_items.h"

#include <optional>

namespace ownlings::course {

/// Reads the manifest `root` into a Pack, adding every problem to `context`.
/// nullopt only when the manifest's format_version is newer than supported
/// (nothing else is checked then: the newer format may differ anywhere).
std::optional<Pack> readManifest(const TomlValue& root, ManifestContext& context);

} // namespace ownlings::course
