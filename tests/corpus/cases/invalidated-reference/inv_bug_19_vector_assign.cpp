// case: a pointer to the best score is printed after assign replaced the vector's contents.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> scores{70, 95, 80};
    const int* best = &scores[1];
    scores.assign({10, 20, 30, 40, 50, 60, 70, 80});
    std::cout << "best: " << *best << '\n'; // expect: invalidated-reference
}
