// case: std::jthreads running [&] lambdas join themselves before the locals they capture are destroyed.
#include <iostream>
#include <string>
#include <thread>
#include <vector>

int main() {
    std::vector<int> squares;
    std::size_t letters = 0;
    const std::string tag = "batch";
    {
        std::jthread first([&squares] {
            for (int i = 1; i <= 3; ++i) squares.push_back(i * i);
        });
        std::jthread second([&] { letters = tag.size(); });
    }
    std::cout << squares.size() << ' ' << letters << '\n';
}
