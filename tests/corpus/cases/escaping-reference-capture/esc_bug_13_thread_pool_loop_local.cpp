// case: worker threads started in a loop capture a loop-local label by reference and are joined only after the loop.
#include <iostream>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::vector<std::thread> workers;
    for (int i = 0; i < 3; ++i) {
        std::string label = "worker " + std::to_string(i);
        workers.emplace_back([&label] { std::cout << label << " done\n"; }); // expect: escaping-reference-capture
    }
    for (auto& w : workers) w.join();
}
