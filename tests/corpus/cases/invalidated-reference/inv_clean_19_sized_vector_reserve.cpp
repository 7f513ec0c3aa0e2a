// case: a vector created with three zeroed slots reserves room for ten, so a reference taken afterwards survives two push_backs.
#include <iostream>
#include <vector>

int main() {
    std::vector<int> slots(3);
    slots.reserve(10);
    const int& first = slots[0];
    slots.push_back(7);
    slots.push_back(8);
    std::cout << "first slot: " << first << ", size " << slots.size() << '\n';
}
