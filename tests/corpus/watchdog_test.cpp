// The watchdog must report a crashing job and a hanging job by index, and still
// run the jobs after them; otherwise the robustness test could pass by accident.
#include "watchdog.h"

#include <csignal>
#include <cstdio>
#include <thread>

using namespace ownlings::tests;

namespace {

int expect(bool condition, const char* what) {
    if (!condition) std::printf("FAIL: %s\n", what);
    return condition ? 0 : 1;
}

} // namespace

int main() {
    const auto reports = runWatched(4, std::chrono::milliseconds(1000), [](std::size_t i) -> JobOutcome {
        if (i == 1) std::raise(SIGSEGV);
        if (i == 2) std::this_thread::sleep_for(std::chrono::seconds(30));
        return {true, "fine " + std::to_string(i)};
    });
    int failures = expect(reports.size() == 4, "one report per job");
    if (failures) return 1;
    failures += expect(reports[0].outcome.ok && reports[0].outcome.detail == "fine 0", "job 0 runs");
    failures += expect(!reports[1].outcome.ok && reports[1].index == 1 &&
                           reports[1].outcome.detail.find("crashed") != std::string::npos,
                       "job 1 is reported as a crash");
    failures += expect(!reports[2].outcome.ok && reports[2].index == 2 &&
                           reports[2].outcome.detail.find("still running") != std::string::npos,
                       "job 2 is reported as a hang");
    failures += expect(reports[3].outcome.ok && reports[3].index == 3, "job 3 still runs after the hang");
    for (const JobReport& report : reports)
        std::printf("job %zu: %s (%s, %ld ms)\n", report.index, report.outcome.ok ? "ok" : "failed",
                    report.outcome.detail.c_str(), report.milliseconds);
    return failures == 0 ? 0 : 1;
}
