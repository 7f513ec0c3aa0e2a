#pragma once
// Runs jobs in a child process under a per-job time limit, so that a crash or a
// hang of one job is reported (and the rest still run) instead of killing or
// stalling the test itself.

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ownlings::tests {

struct JobOutcome {
    bool ok = true;
    std::string detail; ///< one line: what happened (ok) or what went wrong
};

struct JobReport {
    std::size_t index = 0;
    JobOutcome outcome;
    long milliseconds = 0;
};

using Job = std::function<JobOutcome(std::size_t index)>;

/// Runs job(0) .. job(count - 1) in forked children, one after another. A job
/// that crashes its child or runs longer than `limit` gets a failed report; a
/// new child then goes on with the next job. Call it before anything in this
/// process starts threads. Returns one report per job, in order.
std::vector<JobReport> runWatched(std::size_t count, std::chrono::milliseconds limit, const Job& job);

} // namespace ownlings::tests
