#pragma once
// The check-worker protocol: how a front end asks a separate checker process to
// check source text, and how the answer comes back.
//
// One JSON object per line, UTF-8, each line ended by '\n' (JSON escapes every
// newline inside strings, so a line is always one whole message).
//
//   request  {"id":7,"file":"/abs/move1.cpp","source":"...","rules":"bugs","args":["-std=c++20"]}
//   reply    {"id":7,"ms":43,"report":{...}}   report: one file object of `ownlings check --format json`
//   reply    {"id":7,"error":"..."}            the request itself was malformed (id is null if unreadable)
//
// Every request gets exactly one reply, in order. "rules" takes what `--rules`
// takes (default "bugs"); "args" go to the compiler. Lines that are not JSON
// objects are skipped by the reader, so stray output cannot derail it.

#include "engine/diagnostics/file_report.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace ownlings::course {

/// Ask the worker to check `source` as if it were the file `file`.
struct CheckRequest {
    qint64 id = 0;
    QString file;   ///< the path spans are reported against; quoted includes resolve from its folder
    QString source;
    QString rules = QStringLiteral("bugs");
    QStringList compilerArgs;
};

/// The worker's answer: a report, or a message saying why the request was refused.
struct CheckReply {
    std::optional<qint64> id;             ///< empty when the request could not even be read
    std::optional<engine::FileReport> report; ///< `source` is left empty: the asker has it
    QString error;                        ///< set when there is no report
    qint64 elapsedMs = 0;                 ///< the engine's time for this check
};

/// The request as one protocol line, '\n' included.
QByteArray encodeRequest(const CheckRequest& request);

/// Reads one request line; on failure returns nullopt and sets `error`
/// (and `id`, when the line had a readable one).
std::optional<CheckRequest> decodeRequest(QByteArrayView line, QString& error, std::optional<qint64>& id);

/// A reply line carrying `report`, '\n' included.
QByteArray encodeReply(qint64 id, const engine::FileReport& report, qint64 elapsedMs);

/// A reply line refusing a request, '\n' included.
QByteArray encodeErrorReply(std::optional<qint64> id, const QString& message);

/// Reads one reply line; nullopt (with `error` set) when it is not a reply.
std::optional<CheckReply> decodeReply(QByteArrayView line, QString& error);

/// The FileReport that one file object of `ownlings check --format json`
/// describes (the inverse of engine::renderJson for one file, source aside).
std::optional<engine::FileReport> reportFromJson(const QJsonObject& file, QString& error);

} // namespace ownlings::course
