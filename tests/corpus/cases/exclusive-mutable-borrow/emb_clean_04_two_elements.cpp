// case: two elements of one vector go to two non-const reference parameters; the indices differ.
#include <iostream>
#include <vector>

void move_point(int& from, int& to) {
    to += from;
    from = 0;
}

int main() {
    std::vector<int> slots{4, 6, 8};
    move_point(slots[0], slots[1]);
    for (std::size_t i = 0; i + 1 < slots.size(); ++i)
        move_point(slots[i], slots[i + 1]);
    std::cout << slots[2] << '\n';
}
