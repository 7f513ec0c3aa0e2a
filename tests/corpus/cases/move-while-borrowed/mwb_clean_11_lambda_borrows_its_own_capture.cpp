// case: a vector is moved into a lambda's init-capture and only the lambda borrows it afterwards, through the capture.
#include <iostream>
#include <span>
#include <utility>
#include <vector>

int main() {
    std::vector<int> samples{5, 8, 13};
    auto report = [data = std::move(samples)] {
        std::span<const int> view = data;
        std::cout << "first sample: " << view[0] << ", count: " << view.size() << '\n';
    };
    report();
}
