// case: a named thread whose [&] lambda reads a local vector is detached before the function returns.
#include <chrono>
#include <iostream>
#include <thread>
#include <vector>

void start_background_report() {
    std::vector<int> readings{12, 17, 9};
    std::thread reporter([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        for (int r : readings) std::cout << r << '\n';
    });
    reporter.detach(); // expect: escaping-reference-capture
}

int main() {
    start_background_report();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
}
