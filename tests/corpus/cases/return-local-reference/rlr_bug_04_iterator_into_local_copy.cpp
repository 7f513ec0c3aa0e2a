// case: a function sorts a local copy of its input and returns an iterator into that copy.
#include <algorithm>
#include <iostream>
#include <vector>

std::vector<int>::const_iterator first_negative_sorted(const std::vector<int>& input) {
    std::vector<int> sorted = input;
    std::sort(sorted.begin(), sorted.end());
    return std::find_if(sorted.cbegin(), sorted.cend(), [](int x) { return x < 0; }); // expect: return-local-reference
}

int main() {
    const std::vector<int> values{3, -4, 7, -1};
    std::cout << *first_negative_sorted(values) << '\n';
}
