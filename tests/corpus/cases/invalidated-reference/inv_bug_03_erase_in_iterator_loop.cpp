// case: a loop erases through its iterator without taking erase's return value, then increments the erased iterator.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> values{1, 2, 3, 4, 5, 6};
    for (auto it = values.begin(); it != values.end(); ++it) { // expect: invalidated-reference
        if (*it % 2 == 0) {
            values.erase(it);
        }
    }
    std::cout << values.size() << '\n';
}
