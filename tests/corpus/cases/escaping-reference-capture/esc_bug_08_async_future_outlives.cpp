// case: a std::future from std::async, running a lambda that captures a block-local vector by reference, is kept after the block.
#include <future>
#include <iostream>
#include <numeric>
#include <vector>

int main() {
    std::future<int> pending;
    {
        std::vector<int> scores{70, 85, 90};
        pending = std::async(std::launch::async, [&scores] { return std::accumulate(scores.begin(), scores.end(), 0); }); // expect: escaping-reference-capture
    }
    std::cout << pending.get() << '\n';
}
