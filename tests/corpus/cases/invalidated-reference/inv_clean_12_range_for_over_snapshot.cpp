// case: a range-for walks a copy of the vector while pushing into the original, so no iterator of the original is held.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> numbers{1, 2, 3};
    const std::vector<int> snapshot = numbers;
    for (int n : snapshot) {
        numbers.push_back(n * 10);
    }
    std::cout << numbers.size() << '\n';
}
