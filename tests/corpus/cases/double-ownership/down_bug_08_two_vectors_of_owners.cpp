// case: the same new-ed pointer is emplaced into two vectors of unique_ptr.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Job {
    std::string name;
};

int main() {
    std::vector<std::unique_ptr<Job>> queue;
    std::vector<std::unique_ptr<Job>> history;
    Job* job = new Job{"backup"}; // expect: raw-owning-pointer
    queue.emplace_back(job);
    history.emplace_back(job); // expect: double-ownership
    std::cout << queue.size() + history.size() << '\n';
}
