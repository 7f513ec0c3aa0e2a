#pragma once
// Reading the files a pack names, safely: inside the pack folder, regular, small enough, UTF-8.

#include "app/course/pack/pack_loader.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace ownlings::course {

/// Why a pack-relative path as written is unusable ("is absolute", "leaves the
/// pack folder"), or an empty string when it is fine. Looks at the text only.
QString relativePathProblem(const QString& path);

struct EncodingError {
    int line = 0;
    int column = 0; ///< 1-based, in characters
    QString message;
};

/// The first byte sequence that is not UTF-8 (or a NUL byte), if any.
std::optional<EncodingError> findEncodingError(const QByteArray& bytes);

/// The number of lines of a text file (a last line without '\n' counts).
int lineCount(const QByteArray& text);

/// Reads pack files once each, reporting every problem into a shared list.
class PackFiles {
public:
    /// `canonicalRoot` is the pack folder with symlinks resolved.
    PackFiles(QString canonicalRoot, std::vector<PackProblem>& problems);

    /// Checks and reads `path`, named on `line` of `referrer` (a manifest, or the
    /// path itself with line 0). Returns nullptr after reporting why it is unusable.
    /// The pointer stays valid as long as this object.
    const QByteArray* read(const QString& path, const QString& referrer, int line, qint64 maxBytes);

private:
    std::optional<QByteArray> readChecked(const QString& path, const QString& referrer, int line, qint64 maxBytes);
    void report(const QString& file, int line, int column, const QString& message);

    QString m_root;
    std::vector<PackProblem>& m_problems;
    /// By cleaned path; nullopt = unusable. A std::map because read() hands out
    /// pointers into it, which must survive later insertions (QHash moves its values).
    std::map<QString, std::optional<QByteArray>> m_cache;
};

} // namespace ownlings::course
