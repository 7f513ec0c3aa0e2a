// Grade cache files: <directory>/<sha256>.json, least recently used evicted.

#include "app/course/grading/grade_cache.h"

#include "app/course/grading/grade_result_json.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace ownlings::course {

namespace {

constexpr auto kCacheFormat = "ownlings-grade-cache 1";
constexpr qint64 kMaxEntryBytes = 2 * 1024 * 1024;

/// Length-prefixed, so that no two different requests hash the same text.
void addField(QCryptographicHash& hash, const QByteArray& field)
{
    hash.addData(QByteArray::number(field.size()) + ':');
    hash.addData(field);
}

QByteArray rulesText(const engine::RuleSet& requested)
{
    engine::RuleSet rules = requested;
    rules.insert(engine::RuleSet::bugs());
    QByteArray text;
    for (const engine::RuleInfo& info : engine::allRules()) {
        if (rules.contains(info.id))
            text += QByteArray(info.name.data(), static_cast<qsizetype>(info.name.size())) + ',';
    }
    return text;
}

QByteArray limitsText(const Limits& limits)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
        .arg(limits.runTimeoutMs)
        .arg(limits.compileTimeoutMs)
        .arg(limits.cpuSeconds)
        .arg(limits.maxFileBytes)
        .arg(limits.maxProcesses)
        .arg(limits.keepOutputBytes)
        .arg(limits.maxOutputBytes)
        .arg(limits.memoryMb)
        .toUtf8();
}

} // namespace

GradeCache::GradeCache(QString directory, int maxEntries)
    : m_directory(std::move(directory))
    , m_maxEntries(qMax(1, maxEntries))
{
}

QString GradeCache::key(const GradeRequest& request, const QByteArray& testSource, const QString& toolchainFingerprint)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addField(hash, kCacheFormat);
    addField(hash, toolchainFingerprint.toUtf8());
    addField(hash, gradeModeName(request.mode).toUtf8());
    addField(hash, request.learnerPath.toUtf8()); // diagnostics name it
    addField(hash, request.learnerSource.toUtf8());
    addField(hash, request.startingCode.toUtf8());
    addField(hash, request.testPath.toUtf8());
    addField(hash, request.honourAllowComments ? "allow" : "strict");
    addField(hash, testSource);
    addField(hash, request.expectedOutput ? "1" + request.expectedOutput->toUtf8() : QByteArray("0"));
    addField(hash, rulesText(request.rules));
    addField(hash, limitsText(request.limits));
    return QString::fromLatin1(hash.result().toHex());
}

QString GradeCache::pathFor(const QString& key) const
{
    return QDir(m_directory).filePath(key + QStringLiteral(".json"));
}

std::optional<GradeResult> GradeCache::find(const QString& key) const
{
    QFile file(pathFor(key));
    if (m_directory.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::ExistingOnly))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(kMaxEntryBytes));
    std::optional<GradeResult> result = gradeResultFromJson(document.object());
    if (!result)
        return std::nullopt;
    result->fromCache = true;
    file.close();
    file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly); // setFileTime needs it open
    file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return result;
}

void GradeCache::store(const QString& key, const GradeResult& result) const
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return;
    const QByteArray json = QJsonDocument(gradeResultToJson(result)).toJson(QJsonDocument::Compact);
    if (json.size() > kMaxEntryBytes)
        return;
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(json);
    if (file.commit())
        evictOldEntries();
}

void GradeCache::evictOldEntries() const
{
    const QFileInfoList entries = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (qsizetype i = m_maxEntries; i < entries.size(); ++i)
        QFile::remove(entries.at(i).filePath());
}

} // namespace ownlings::course
