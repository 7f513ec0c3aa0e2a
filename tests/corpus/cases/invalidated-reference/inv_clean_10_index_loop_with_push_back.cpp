// case: a loop pushes into the vector it walks, but indexes it afresh each time instead of holding a reference.
#include <cstddef>
#include <iostream>
#include <vector>

int main() {
    std::vector<int> numbers{1, 2, 3};
    const std::size_t original = numbers.size();
    for (std::size_t i = 0; i < original; ++i) {
        if (numbers[i] % 2 == 1) {
            numbers.push_back(numbers[i] * 10);
        }
    }
    std::cout << numbers.size() << ' ' << numbers.back() << '\n';
}
