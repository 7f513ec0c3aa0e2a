// case: a vector is passed as the mutable target together with a reference to its own first element.
#include <iostream>
#include <vector>

void append_copy(std::vector<int>& values, const int& value) {
    values.push_back(value);
    values.push_back(value);
}

int main() {
    std::vector<int> scores{7, 9};
    append_copy(scores, scores.front()); // expect: exclusive-mutable-borrow
    std::cout << scores.size() << '\n';
}
