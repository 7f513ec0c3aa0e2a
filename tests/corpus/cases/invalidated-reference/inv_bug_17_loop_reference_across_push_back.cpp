// case: inside a loop, a reference to the current element is printed after push_back appended to the vector.
#include <cstddef>
#include <iostream>
#include <vector>

int main() {
    std::vector<int> values{1, 2, 3};
    const std::size_t n = values.size();
    for (std::size_t i = 0; i < n; ++i) {
        const int& current = values[i];
        values.push_back(current * 10);
        std::cout << current << '\n'; // expect: invalidated-reference
    }
}
