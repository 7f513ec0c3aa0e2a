// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <memory>
#include <utility>

struct Job {
    int id = 0;
};

void run(std::unique_ptr<Job> job) {
    std::cout << "running " << job->id << '\n';
}

int main() {
    auto job = std::make_unique<Job>(Job{1});
    run(std::move(job));
    if (job == nullptr)
        std::cout << "handed over\n";
    job = std::make_unique<Job>(Job{2});
    std::cout << "next " << job->id << '\n';
    return 0;
}
