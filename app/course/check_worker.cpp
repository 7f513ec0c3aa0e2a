// The worker loop: read a request line, check, write the reply line.
#include "app/course/check_worker.h"

#include "app/course/check_protocol.h"
#include "engine/checker.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <string>

#include <unistd.h>

namespace ownlings::course {
namespace {

std::optional<engine::CheckOptions> optionsOf(const CheckRequest& request, QString& error) {
    std::string ruleError;
    const std::optional<engine::RuleSet> rules = engine::parseRuleList(request.rules.toStdString(), ruleError);
    if (!rules) {
        error = QString::fromStdString(ruleError);
        return std::nullopt;
    }
    engine::CheckOptions options;
    options.rules = *rules;
    for (const QString& arg : request.compilerArgs) options.compilerArgs.push_back(arg.toStdString());
    return options;
}

/// The protocol's own copy of standard output; fd 1 then points at stderr.
std::FILE* takeOverStandardOutput() {
    std::fflush(stdout);
    const int protocol = ::dup(STDOUT_FILENO);
    if (protocol < 0) return nullptr;
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    return ::fdopen(protocol, "w");
}

} // namespace

CheckWorker::CheckWorker() : m_session(std::make_unique<engine::CheckSession>()) {}
CheckWorker::~CheckWorker() = default;

QByteArray CheckWorker::handle(QByteArrayView requestLine) {
    QString error;
    std::optional<qint64> id;
    const std::optional<CheckRequest> request = decodeRequest(requestLine, error, id);
    if (!request) return encodeErrorReply(id, QStringLiteral("bad request: ") + error);
    const std::optional<engine::CheckOptions> options = optionsOf(*request, error);
    if (!options) return encodeErrorReply(id, error);
    QElapsedTimer timer;
    timer.start();
    const engine::FileReport report =
        m_session->check(request->source.toStdString(), request->file.toStdString(), *options);
    return encodeReply(request->id, report, timer.elapsed());
}

int runCheckWorker() {
    std::FILE* out = takeOverStandardOutput();
    if (!out) {
        std::perror("ownlings-check-worker: cannot set up its output");
        return EXIT_FAILURE;
    }
    CheckWorker worker;
    char* buffer = nullptr;
    std::size_t capacity = 0;
    ssize_t length = 0;
    while ((length = ::getline(&buffer, &capacity, stdin)) >= 0) {
        const QByteArrayView line(buffer, length);
        if (line.trimmed().isEmpty()) continue;
        const QByteArray reply = worker.handle(line);
        std::fwrite(reply.constData(), 1, static_cast<std::size_t>(reply.size()), out);
        std::fflush(out);
    }
    std::free(buffer);
    std::fclose(out);
    return EXIT_SUCCESS;
}

} // namespace ownlings::course
