// case: a pointer to the first sample is dereferenced after the vector was moved into a heap object with make_unique.
#include <iostream>
#include <memory>
#include <utility>
#include <vector>

int main() {
    std::vector<int> samples{5, 8, 13};
    const int* first = &samples[0];
    auto owner = std::make_unique<std::vector<int>>(std::move(samples));
    std::cout << owner->size() << '\n';
    std::cout << *first << '\n'; // expect: move-while-borrowed
}
