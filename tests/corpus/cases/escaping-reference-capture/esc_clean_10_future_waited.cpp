// case: std::async runs a [&] lambda and its future is waited on before the captured vector goes away.
#include <future>
#include <iostream>
#include <numeric>
#include <vector>

int average(const std::vector<int>& input) {
    std::vector<int> copy = input;
    std::future<int> sum = std::async(std::launch::async, [&copy] { return std::accumulate(copy.begin(), copy.end(), 0); });
    return sum.get() / static_cast<int>(copy.size());
}

int main() {
    std::cout << average({2, 4, 6}) << '\n';
}
