// case: temporaries bound directly to const references live as long as the reference, and a span views such an extended vector.
#include <iostream>
#include <numeric>
#include <span>
#include <string>
#include <vector>

std::string make_title() {
    return "Understanding Ownership";
}

std::vector<int> read_samples() {
    return {4, 8, 15, 16, 23, 42};
}

int main() {
    const std::string& title = make_title() + " in C++";
    const std::vector<int>& samples = read_samples();
    std::span<const int> window = samples;
    std::cout << title << ": " << std::accumulate(window.begin(), window.end(), 0) << '\n';
}
