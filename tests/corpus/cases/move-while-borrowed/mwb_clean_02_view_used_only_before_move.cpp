// case: a span over a batch is only used before the batch is moved into the list of batches.
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
    std::cout << sum(numbers) << '\n';
    std::vector<std::vector<int>> batches;
    batches.push_back(std::move(batch));
    std::cout << batches.size() << '\n';
}
