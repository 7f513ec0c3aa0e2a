// case: a std::span is set to an array local to an if block, and a range-for walks the span after the block.
#include <array>
#include <iostream>
#include <span>

int main(int argc, char**) {
    std::span<const int> samples;
    if (argc > 0) {
        std::array<int, 4> readings{3, 1, 4, 1};
        samples = readings;
    }
    int total = 0;
    for (int s : samples) total += s; // expect: dangling-reference
    std::cout << total << '\n';
}
