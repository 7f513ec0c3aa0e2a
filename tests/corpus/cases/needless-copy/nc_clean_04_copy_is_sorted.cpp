// case: the function sorts its own copy of the vector to find the median, so the by-value parameter is needed.
#include <algorithm>
#include <iostream>
#include <vector>

int median(std::vector<int> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

int main() {
    std::vector<int> values{5, 1, 9, 3, 7};
    std::cout << median(values) << ' ' << values.front() << '\n';
}
