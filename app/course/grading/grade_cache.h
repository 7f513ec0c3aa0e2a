#pragma once
// GradeCache: results of earlier gradings, one JSON file per key, so that
// re-grading unchanged code is instant.

#include "app/course/grading/grade_request.h"
#include "app/course/grading/grade_result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace ownlings::course {

class GradeCache {
public:
    /// Keeps at most `maxEntries` results in `directory` (created when first
    /// needed), dropping the least recently used. Safe to share a directory
    /// between processes: files are replaced atomically.
    explicit GradeCache(QString directory, int maxEntries = 200);

    /// The stored result for `key`, marked fromCache; nullopt when there is
    /// none or the file is damaged.
    std::optional<GradeResult> find(const QString& key) const;
    /// Stores `result`; a cache that cannot be written is skipped silently
    /// (grading still works, only slower).
    void store(const QString& key, const GradeResult& result) const;

    /// A hex SHA-256 over everything that decides a grade: the learner's
    /// source, the test file, the starting code, mode, expected output, rules,
    /// limits and the toolchain fingerprint (compiler version, Ownlings version).
    /// Headers that the learner's file includes from its folder are not part of it.
    static QString key(const GradeRequest& request, const QByteArray& testSource, const QString& toolchainFingerprint);

    QString directory() const { return m_directory; }

private:
    QString pathFor(const QString& key) const;
    void evictOldEntries() const;

    QString m_directory;
    int m_maxEntries;
};

} // namespace ownlings::course
