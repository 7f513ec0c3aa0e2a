// case: a vector of [&] callbacks is declared inside the same loop body as the local they capture, and run there.
#include <functional>
#include <iostream>
#include <string>
#include <vector>

int main() {
    for (int round = 1; round <= 2; ++round) {
        std::string banner = "round " + std::to_string(round);
        std::vector<std::function<void()>> steps;
        steps.push_back([&banner] { std::cout << banner << ": start\n"; });
        steps.push_back([&banner] { std::cout << banner << ": end\n"; });
        for (const auto& step : steps) step();
    }
}
