// case: a reference is bound through a pointer to the first element; push_back may reallocate the buffer.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> levels{1, 2};
    int* first = &levels[0];
    int& level = *first;
    levels.push_back(3);
    std::cout << level << '\n'; // expect: invalidated-reference
}
