// The watchdog: a child runs the jobs and tells the parent through a pipe when
// each one starts and ends; the parent enforces the time limit.
#include "watchdog.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace ownlings::tests {
namespace {

using Clock = std::chrono::steady_clock;

void writeAll(int fd, const std::string& text) {
    for (std::size_t done = 0; done < text.size();) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n <= 0) ::_exit(3);
        done += static_cast<std::size_t>(n);
    }
}

std::string oneLine(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

/// The child: for each job, "S index" before and "D index ok|fail detail" after.
[[noreturn]] void runChild(int fd, std::size_t first, std::size_t count, const Job& job) {
    for (std::size_t i = first; i < count; ++i) {
        writeAll(fd, "S " + std::to_string(i) + "\n");
        const JobOutcome outcome = job(i);
        writeAll(fd, "D " + std::to_string(i) + (outcome.ok ? " ok " : " fail ") + oneLine(outcome.detail) + "\n");
    }
    ::_exit(0);
}

std::string describeExit(int status) {
    if (WIFSIGNALED(status)) return std::string("crashed: ") + ::strsignal(WTERMSIG(status));
    return "the process exited with status " + std::to_string(WEXITSTATUS(status)) + " in the middle of it";
}

/// Watches one child until it exits or hangs; appends reports; returns the next job to run.
class ChildWatch {
public:
    ChildWatch(pid_t child, int fd, std::size_t first, std::chrono::milliseconds limit, std::vector<JobReport>& reports)
        : m_child(child), m_fd(fd), m_next(first), m_limit(limit), m_reports(reports) {}

    std::size_t watch() {
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_deadline - Clock::now());
            pollfd poller{m_fd, POLLIN, 0};
            const int ready = ::poll(&poller, 1, m_started ? std::max<long>(0, left.count()) : -1);
            if (ready == 0) return timedOut();
            if (ready < 0 && errno == EINTR) continue;
            char chunk[4096];
            const ssize_t n = ready < 0 ? 0 : ::read(m_fd, chunk, sizeof chunk);
            if (n <= 0) return exited();
            m_buffer.append(chunk, static_cast<std::size_t>(n));
            for (std::size_t end; (end = m_buffer.find('\n')) != std::string::npos; m_buffer.erase(0, end + 1))
                take(m_buffer.substr(0, end));
        }
    }

private:
    void take(const std::string& line) {
        if (line.rfind("S ", 0) == 0) {
            m_started = true;
            m_start = Clock::now();
            m_deadline = m_start + m_limit;
            return;
        }
        // "D <index> ok|fail <detail>"
        const std::size_t space = line.find(' ', 2);
        const std::string verdict = line.substr(space + 1, line.find(' ', space + 1) - space - 1);
        const std::size_t detail = line.find(' ', space + 1);
        finish({verdict == "ok", detail == std::string::npos ? "" : line.substr(detail + 1)});
        m_started = false;
    }

    void finish(JobOutcome outcome) {
        const auto spent = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start);
        m_reports.push_back({m_next, std::move(outcome), static_cast<long>(spent.count())});
        ++m_next;
    }

    std::size_t timedOut() {
        ::kill(m_child, SIGKILL);
        ::waitpid(m_child, nullptr, 0);
        finish({false, "still running after " + std::to_string(m_limit.count() / 1000) + " s (killed)"});
        return m_next;
    }

    std::size_t exited() {
        int status = 0;
        ::waitpid(m_child, &status, 0);
        if (m_started) finish({false, describeExit(status)});
        return m_next;
    }

    pid_t m_child;
    int m_fd;
    std::size_t m_next;
    std::chrono::milliseconds m_limit;
    std::vector<JobReport>& m_reports;
    std::string m_buffer;
    bool m_started = false;
    Clock::time_point m_start = Clock::now();
    Clock::time_point m_deadline = Clock::now();
};

} // namespace

std::vector<JobReport> runWatched(std::size_t count, std::chrono::milliseconds limit, const Job& job) {
    std::vector<JobReport> reports;
    for (std::size_t next = 0; next < count;) {
        int fds[2];
        if (::pipe(fds) != 0) {
            std::perror("watchdog: pipe");
            break;
        }
        std::fflush(nullptr);
        const pid_t child = ::fork();
        if (child < 0) {
            std::perror("watchdog: fork");
            break;
        }
        if (child == 0) {
            ::close(fds[0]);
            runChild(fds[1], next, count, job);
        }
        ::close(fds[1]);
        const std::size_t resumed = ChildWatch(child, fds[0], next, limit, reports).watch();
        ::close(fds[0]);
        if (resumed == next) { // the child died before starting a job: never loop forever on it
            reports.push_back({next, {false, "the worker process exited before starting it"}, 0});
            ++next;
        } else {
            next = resumed;
        }
    }
    return reports;
}

} // namespace ownlings::tests
