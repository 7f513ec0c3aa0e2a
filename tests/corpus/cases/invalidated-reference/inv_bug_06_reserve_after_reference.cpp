// case: a reference to the last score is taken before reserve grows the capacity, then read afterwards.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> scores{70, 85, 90};
    const int& last = scores.back();
    scores.reserve(100);
    std::cout << "last score: " << last << '\n'; // expect: invalidated-reference
}
