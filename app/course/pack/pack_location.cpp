// Finding the bundled pack: environment, next to the binary, or the source tree.
#include "app/course/pack/pack_location.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef OWNLINGS_SOURCE_DIR
#define OWNLINGS_SOURCE_DIR ""
#endif

namespace ownlings::course {
namespace {

bool holds(const QString& dir, const QString& manifest) {
    return !dir.isEmpty() && QFileInfo::exists(QDir(dir).filePath(manifest));
}

} // namespace

PackLocation choosePackLocation(const QString& environment, const QString& applicationDir, const QString& sourceDir) {
    if (!environment.isEmpty()) return {environment, PackLocation::Source::Environment};
    const QString bundled =
        applicationDir.isEmpty() ? QString() : QDir::cleanPath(applicationDir + QStringLiteral("/../share/ownlings/pack"));
    if (holds(bundled, QStringLiteral("pack.toml"))) return {bundled, PackLocation::Source::Bundled};
    if (holds(sourceDir, QStringLiteral("exercises/pack.toml"))) return {sourceDir, PackLocation::Source::SourceTree};
    if (!bundled.isEmpty()) return {bundled, PackLocation::Source::Bundled};
    return {sourceDir, PackLocation::Source::SourceTree};
}

PackLocation defaultPackLocation() {
    const QString applicationDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    return choosePackLocation(qEnvironmentVariable("OWNLINGS_PACK_DIR"), applicationDir,
                              QStringLiteral(OWNLINGS_SOURCE_DIR));
}

QString defaultPackDirectory() {
    return defaultPackLocation().dir;
}

QString describePackSource(PackLocation::Source source) {
    switch (source) {
    case PackLocation::Source::Environment: return QStringLiteral("OWNLINGS_PACK_DIR");
    case PackLocation::Source::Bundled: return QStringLiteral("bundled");
    case PackLocation::Source::SourceTree: return QStringLiteral("source tree");
    }
    return {};
}

} // namespace ownlings::course
