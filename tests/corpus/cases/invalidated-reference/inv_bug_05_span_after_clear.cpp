// case: a span over a vector of readings is summed after the vector was cleared.
#include <iostream>
#include <span>
#include <vector>

int sum(std::span<const int> values) {
    int total = 0;
    for (int v : values) total += v;
    return total;
}

int main() {
    std::vector<int> readings{3, 1, 4, 1, 5};
    std::span<const int> window = readings;
    std::cout << sum(window) << '\n';
    readings.clear();
    readings.push_back(9);
    std::cout << sum(window) << '\n'; // expect: invalidated-reference
}
