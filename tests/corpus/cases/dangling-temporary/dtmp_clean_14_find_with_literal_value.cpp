// case: std::find and std::lower_bound take the searched value by const reference; the iterator they return points
// into the vector, not at the temporary holding the value, so using it after the statement is fine.
#include <algorithm>
#include <iostream>
#include <vector>

int main() {
    std::vector<int> scores{3, 1, 4, 1, 5};
    auto found = std::find(scores.begin(), scores.end(), 4);
    if (found != scores.end()) std::cout << "found " << *found << '\n';

    std::sort(scores.begin(), scores.end());
    auto first_big = std::lower_bound(scores.begin(), scores.end(), 3);
    std::cout << "from " << *first_big << '\n';
}
