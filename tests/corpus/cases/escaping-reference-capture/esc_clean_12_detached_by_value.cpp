// case: a detached thread gets its data by value capture and through a shared_ptr copy.
#include <chrono>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

void start_heartbeat() {
    std::string name = "heartbeat";
    auto beats = std::make_shared<int>(0);
    std::thread([name, beats] {
        ++*beats;
        std::cout << name << ' ' << *beats << '\n';
    }).detach();
}

int main() {
    start_heartbeat();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
}
