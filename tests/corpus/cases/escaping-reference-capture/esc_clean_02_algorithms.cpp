// case: [&] lambdas are passed straight to std::sort, std::for_each, std::find_if and std::count_if.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::vector<int> values{7, 3, 9, 1, 4};
    int swaps = 0;
    std::sort(values.begin(), values.end(), [&swaps](int a, int b) {
        ++swaps;
        return a < b;
    });
    int sum = 0;
    std::for_each(values.begin(), values.end(), [&](int v) { sum += v; });
    const int limit = 5;
    auto first_big = std::find_if(values.begin(), values.end(), [&limit](int v) { return v > limit; });
    auto small = std::count_if(values.begin(), values.end(), [&](int v) { return v <= limit; });
    std::cout << swaps << ' ' << sum << ' ' << *first_big << ' ' << small << '\n';
}
