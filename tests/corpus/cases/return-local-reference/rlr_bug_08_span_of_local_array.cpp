// case: a function returns a std::span over a std::array that is local to the function.
#include <array>
#include <iostream>
#include <span>

std::span<const int> default_weights() {
    const std::array<int, 3> weights{1, 2, 4};
    return weights; // expect: return-local-reference
}

int main() {
    for (int w : default_weights()) std::cout << w << ' ';
    std::cout << '\n';
}
