#pragma once
// `ownlings pack new`: writing a small pack that loads cleanly and passes `pack check`.

#include <QString>
#include <QStringList>

namespace ownlings::course {

struct ScaffoldResult {
    bool ok = false;
    QString error;     ///< why nothing (or not everything) was written, when !ok
    QStringList files; ///< files written, relative to the pack folder
};

/// Writes a new pack into `dir` (created when missing): a manifest with `id`
/// and `title`, one chapter with its lesson, and one `run` exercise whose
/// starting code has a use-after-move on the line its expectation names, with
/// a reference solution and a known-wrong edit. Refuses a folder that holds
/// anything, so it never overwrites work. `id` follows the manifest's id rule.
ScaffoldResult scaffoldPack(const QString& dir, const QString& id, const QString& title);

} // namespace ownlings::course
