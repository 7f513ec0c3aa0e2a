// case: a batch is moved into a list of batches and the span is taken from the element in the list.
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
    std::vector<std::vector<int>> batches;
    std::vector<int> batch{1, 2, 3, 4};
    batches.push_back(std::move(batch));
    std::span<const int> last = batches.back();
    std::cout << sum(last) << '\n';
}
