// loadPack: find the manifest, parse it, read the model and collect every problem.
#include "app/course/pack/pack_loader.h"

#include "app/course/pack/pack_files.h"
#include "app/course/pack/pack_manifest.h"
#include "app/course/pack/toml_tree.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace ownlings::course {
namespace {

const QString kStagedManifest = QStringLiteral("pack.toml");
const QString kSourceTreeManifest = QStringLiteral("exercises/pack.toml");

// A dangling symlink counts as present, so that loading reports it instead of "no pack.toml".
bool present(const QString& path) {
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString findManifest(const QDir& root) {
    if (present(root.filePath(kStagedManifest))) return kStagedManifest;
    if (present(root.filePath(kSourceTreeManifest))) return kSourceTreeManifest;
    return {};
}

void sortProblems(std::vector<PackProblem>& problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const PackProblem& a, const PackProblem& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
}

std::optional<Pack> loadFromManifest(const QString& root, const QString& manifest, std::vector<PackProblem>& problems) {
    PackFiles files(root, problems);
    const QByteArray* text = files.read(manifest, manifest, 0, kMaxManifestBytes);
    if (!text) return std::nullopt;
    const TomlParseResult parsed = parseToml(*text);
    if (!parsed.root) {
        problems.push_back({manifest, parsed.errorPosition.line, parsed.errorPosition.column,
                            QStringLiteral("TOML syntax error: %1").arg(parsed.errorMessage)});
        return std::nullopt;
    }
    ManifestContext context{manifest, files, problems};
    std::optional<Pack> pack = readManifest(*parsed.root, context);
    if (pack) {
        pack->rootDir = root;
        pack->manifestPath = manifest;
    }
    return pack;
}

} // namespace

QString PackProblem::toString() const {
    QString where = file;
    if (line > 0) where += QStringLiteral(":%1").arg(line);
    if (line > 0 && column > 0) where += QStringLiteral(":%1").arg(column);
    return QStringLiteral("%1: %2").arg(where, message);
}

PackLoadResult loadPack(const QString& dir) {
    PackLoadResult result;
    const QFileInfo folder(dir);
    if (!folder.isDir()) {
        result.problems.push_back({dir, 0, 0,
                                   folder.exists() ? QStringLiteral("`%1` is not a folder").arg(dir)
                                                   : QStringLiteral("pack folder `%1` does not exist").arg(dir)});
        return result;
    }
    const QString root = folder.canonicalFilePath();
    const QString manifest = findManifest(QDir(root));
    if (manifest.isEmpty()) {
        result.problems.push_back({kStagedManifest, 0, 0,
                                   QStringLiteral("no pack.toml in `%1` (a pack holds pack.toml at its root, or "
                                                  "exercises/pack.toml in the Ownlings source tree)")
                                       .arg(QDir::toNativeSeparators(dir))});
        return result;
    }
    std::optional<Pack> pack = loadFromManifest(root, manifest, result.problems);
    sortProblems(result.problems);
    if (result.problems.empty()) result.pack = std::move(pack);
    return result;
}

} // namespace ownlings::course
