// case: two members of one struct go to two non-const reference parameters: they are different objects.
#include <iostream>

struct Point {
    int x = 1;
    int y = 2;
};

void swap_ints(int& a, int& b) {
    const int t = a;
    a = b;
    b = t;
}

int main() {
    Point p;
    swap_ints(p.x, p.y);
    std::cout << p.x << ' ' << p.y << '\n';
}
