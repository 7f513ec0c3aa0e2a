// case: a unique_ptr is moved on one branch, and afterwards it is dereferenced only inside an if (job) test, which a moved-from unique_ptr never passes.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Job {
    std::string name;
    void run() const { std::cout << "running " << name << '\n'; }
};

int main(int argc, char**) {
    std::vector<std::unique_ptr<Job>> deferred;
    auto job = std::make_unique<Job>(Job{"backup"});
    if (argc > 1) {
        deferred.push_back(std::move(job));
    }
    // A moved-from unique_ptr is guaranteed to be null, so this runs only if it was not moved.
    if (job) {
        job->run();
    }
    std::cout << deferred.size() << '\n';
}
