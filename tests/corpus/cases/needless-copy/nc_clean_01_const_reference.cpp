// case: the vector is taken by const reference, so nothing is copied.
#include <iostream>
#include <vector>

int total(const std::vector<int>& scores) {
    int sum = 0;
    for (int score : scores)
        sum += score;
    return sum;
}

int main() {
    std::vector<int> scores{90, 72, 85};
    std::cout << total(scores) << '\n';
}
