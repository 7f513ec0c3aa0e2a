// Checks of the files a pack names: path escapes, symlinks out, size limits and UTF-8.
#include "app/course/pack/pack_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace ownlings::course {
namespace {

bool looksAbsolute(const QString& path) {
    static const QRegularExpression drive(QStringLiteral("^[A-Za-z]:"));
    return path.startsWith(u'/') || QDir::isAbsolutePath(path) || drive.match(path).hasMatch();
}

bool leavesFolder(const QString& cleaned) {
    return cleaned == QStringLiteral("..") || cleaned.startsWith(QStringLiteral("../"));
}

bool isInside(const QString& canonicalPath, const QString& canonicalRoot) {
    return canonicalPath.startsWith(canonicalRoot + u'/');
}

QString kibibytes(qint64 bytes) {
    return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
}

// Length of the UTF-8 sequence led by `lead` and the bits it carries, or 0 when it cannot lead one.
int sequenceLength(unsigned char lead, char32_t& codePoint) {
    if (lead < 0x80) { codePoint = lead; return 1; }
    if ((lead & 0xE0) == 0xC0) { codePoint = lead & 0x1Fu; return 2; }
    if ((lead & 0xF0) == 0xE0) { codePoint = lead & 0x0Fu; return 3; }
    if ((lead & 0xF8) == 0xF0) { codePoint = lead & 0x07u; return 4; }
    return 0;
}

// True when bytes[at..at+length) is one well-formed UTF-8 sequence (no overlong form, no surrogate).
bool isWellFormed(const QByteArray& bytes, qsizetype at, int length, char32_t codePoint) {
    static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (length == 0 || at + length > bytes.size()) return false;
    for (int i = 1; i < length; ++i) {
        const auto next = static_cast<unsigned char>(bytes[at + i]);
        if ((next & 0xC0) != 0x80) return false;
        codePoint = (codePoint << 6) | (next & 0x3Fu);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    return codePoint >= kSmallest[length] && codePoint <= 0x10FFFF && !surrogate;
}

} // namespace

QString relativePathProblem(const QString& path) {
    if (path.trimmed().isEmpty()) return QStringLiteral("the path is empty");
    if (looksAbsolute(path)) {
        return QStringLiteral("`%1` is absolute; write it relative to the pack folder").arg(path);
    }
    if (path.contains(u'\\')) return QStringLiteral("`%1` uses `\\`; separate folders with `/`").arg(path);
    if (leavesFolder(QDir::cleanPath(path))) return QStringLiteral("`%1` leaves the pack folder").arg(path);
    return {};
}

std::optional<EncodingError> findEncodingError(const QByteArray& bytes) {
    int line = 1;
    int column = 1;
    for (qsizetype at = 0; at < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[at]);
        if (lead == '\0') return EncodingError{line, column, QStringLiteral("contains a NUL byte; is it a binary file?")};
        char32_t codePoint = 0;
        const int length = sequenceLength(lead, codePoint);
        if (!isWellFormed(bytes, at, length, codePoint)) {
            return EncodingError{line, column,
                                 QStringLiteral("is not valid UTF-8 (byte 0x%1); save it as UTF-8")
                                     .arg(lead, 2, 16, QLatin1Char('0'))};
        }
        if (lead == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        at += length;
    }
    return std::nullopt;
}

int lineCount(const QByteArray& text) {
    const auto newlines = static_cast<int>(text.count('\n'));
    return text.isEmpty() || text.endsWith('\n') ? newlines : newlines + 1;
}

PackFiles::PackFiles(QString canonicalRoot, std::vector<PackProblem>& problems)
    : m_root(std::move(canonicalRoot)), m_problems(problems) {}

const QByteArray* PackFiles::read(const QString& path, const QString& referrer, int line, qint64 maxBytes) {
    const QString key = QDir::cleanPath(path);
    auto found = m_cache.find(key);
    if (found == m_cache.end()) found = m_cache.emplace(key, readChecked(path, referrer, line, maxBytes)).first;
    return found->second ? &*found->second : nullptr;
}

std::optional<QByteArray> PackFiles::readChecked(const QString& path, const QString& referrer, int line,
                                                 qint64 maxBytes) {
    if (const QString problem = relativePathProblem(path); !problem.isEmpty()) {
        report(referrer, line, 0, problem);
        return std::nullopt;
    }
    const QFileInfo info(QDir(m_root).filePath(QDir::cleanPath(path)));
    if (!info.exists()) {
        report(referrer, line, 0,
               info.isSymLink() ? QStringLiteral("`%1` is a symlink to a missing file").arg(path)
                                : QStringLiteral("`%1` is missing").arg(path));
        return std::nullopt;
    }
    if (!isInside(info.canonicalFilePath(), m_root)) {
        report(referrer, line, 0, QStringLiteral("`%1` resolves outside the pack folder (through a symlink)").arg(path));
        return std::nullopt;
    }
    if (!info.isFile()) {
        report(referrer, line, 0, QStringLiteral("`%1` is not a regular file").arg(path));
        return std::nullopt;
    }
    if (info.size() > maxBytes) {
        report(referrer, line, 0,
               QStringLiteral("`%1` is %2, more than the %3 a pack file may have")
                   .arg(path, kibibytes(info.size()), kibibytes(maxBytes)));
        return std::nullopt;
    }
    QFile file(info.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        report(referrer, line, 0, QStringLiteral("`%1` cannot be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    QByteArray contents = file.read(maxBytes + 1);
    if (contents.size() > maxBytes) {
        report(referrer, line, 0, QStringLiteral("`%1` is more than the %2 a pack file may have").arg(path, kibibytes(maxBytes)));
        return std::nullopt;
    }
    if (const auto error = findEncodingError(contents)) {
        report(QDir::cleanPath(path), error->line, error->column, error->message);
        return std::nullopt;
    }
    return contents;
}

void PackFiles::report(const QString& file, int line, int column, const QString& message) {
    m_problems.push_back({file, line, column, message});
}

} // namespace ownlings::course
