// case: a span over a batch is summed after the batch vector was moved into a list of batches with emplace_back.
#include <iostream>
#include <span>
#include <utility>
#include <vector>

int sum(std::span<const int> values) {
    int total = 0;
    for (int v : values) total += v;
    return total;
}

int main() {
    std::vector<int> batch{4, 8, 15, 16, 23, 42};
    std::span<const int> numbers = batch;
    std::vector<std::vector<int>> batches;
    batches.emplace_back(std::move(batch));
    std::cout << sum(numbers) << '\n'; // expect: move-while-borrowed
}
