// case: a std::span views a vector returned by value; the vector dies at the end of the declaration and the span is summed later.
#include <iostream>
#include <numeric>
#include <span>
#include <vector>

std::vector<int> read_samples() {
    return {4, 8, 15, 16, 23, 42};
}

int main() {
    std::span<const int> samples = read_samples();
    const int sum = std::accumulate(samples.begin(), samples.end(), 0); // expect: dangling-temporary
    std::cout << "sum: " << sum << '\n';
}
