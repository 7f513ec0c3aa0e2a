// case: two non-const reference parameters receive the same member of one object.
#include <iostream>

struct Cell {
    int value = 1;
    int other = 2;
};

void exchange(int& a, int& b) {
    a = a + b;
    b = a - b;
    a = a - b;
}

int main() {
    Cell cell;
    exchange(cell.value, cell.other);
    exchange(cell.value, cell.value); // expect: exclusive-mutable-borrow
    std::cout << cell.value << ' ' << cell.other << '\n';
}
