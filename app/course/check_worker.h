#pragma once
// CheckWorker: the checker side of the check-worker protocol (check_protocol.h),
// one engine::CheckSession kept between requests.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace ownlings::engine {
class CheckSession;
}

namespace ownlings::course {

/// Answers protocol lines. Keeps Clang's precompiled preamble between
/// requests, so a re-check of a file whose #includes did not change is fast.
/// Not thread-safe.
class CheckWorker {
public:
    CheckWorker();
    ~CheckWorker();
    CheckWorker(const CheckWorker&) = delete;
    CheckWorker& operator=(const CheckWorker&) = delete;

    /// The reply line (with '\n') to one request line.
    QByteArray handle(QByteArrayView requestLine);

private:
    std::unique_ptr<engine::CheckSession> m_session;
};

/// Serves requests from standard input until it closes, one reply per line on
/// standard output. Anything else that writes to standard output (a library
/// printing by mistake) is sent to standard error instead, so it cannot
/// corrupt the protocol. Returns the process exit code.
int runCheckWorker();

} // namespace ownlings::course
