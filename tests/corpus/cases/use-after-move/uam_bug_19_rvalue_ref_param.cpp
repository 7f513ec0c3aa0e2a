// case: a string is handed to a function taking std::string&& and printed afterwards; binding to && counts as giving it away.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

void enqueue(std::vector<std::string>& jobs, std::string&& job) {
    jobs.push_back(std::move(job));
}

int main() {
    std::vector<std::string> jobs;
    std::string job = "render frame 42";
    enqueue(jobs, std::move(job));
    std::cout << "queued: " << job << '\n'; // expect: use-after-move
    std::cout << jobs.size() << '\n';
}
