#pragma once
// Where the bundled default pack is, built or installed.

#include <QString>

namespace ownlings::course {

struct PackLocation {
    enum class Source {
        Environment, ///< $OWNLINGS_PACK_DIR
        Bundled,     ///< <binary dir>/../share/ownlings/pack, staged by the build or installed
        SourceTree,  ///< the repository this binary was built from (development fallback)
    };
    QString dir;
    Source source = Source::Bundled;
};

/// The folder of the bundled pack, for loadPack(). In order: $OWNLINGS_PACK_DIR
/// when set (even when wrong: the user asked for it, and loading says what is
/// missing); `../share/ownlings/pack` next to the running binary when it holds
/// pack.toml (needs a QCoreApplication); the source tree when it holds
/// exercises/pack.toml; otherwise the bundled folder, so that loading reports
/// "no pack.toml" there.
PackLocation defaultPackLocation();

/// defaultPackLocation().dir: never empty in practice (see above).
QString defaultPackDirectory();

/// The same choice from explicit inputs; an empty `applicationDir` means unknown.
PackLocation choosePackLocation(const QString& environment, const QString& applicationDir, const QString& sourceDir);

/// "OWNLINGS_PACK_DIR", "bundled" or "source tree", for messages.
QString describePackSource(PackLocation::Source source);

} // namespace ownlings::course
