// case: a vector of scores is taken by value only to add up its elements.
#include <iostream>
#include <vector>

int total(std::vector<int> scores) { // expect: needless-copy
    int sum = 0;
    for (int score : scores)
        sum += score;
    return sum;
}

int main() {
    std::vector<int> scores{90, 72, 85};
    std::cout << total(scores) << '\n';
}
