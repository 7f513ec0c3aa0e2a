// case: a non-const reference is used for the last time before its object is used by name again.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> levels{1, 2, 3};
    int& first = levels[0];
    first += 10;
    first *= 2;
    std::cout << levels.size() << ' ' << levels[0] << '\n';
    levels.push_back(4);
}
