// case: objects made with make_unique are moved into a vector of owners, one owner at a time.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Job {
    std::string name;
};

int main() {
    std::vector<std::unique_ptr<Job>> queue;
    auto backup = std::make_unique<Job>(Job{"backup"});
    queue.push_back(std::move(backup));
    queue.push_back(std::make_unique<Job>(Job{"report"}));
    auto first = std::move(queue.front());
    std::cout << first->name << ' ' << queue.size() << '\n';
}
