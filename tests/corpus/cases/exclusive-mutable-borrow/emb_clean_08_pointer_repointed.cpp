// case: a pointer is pointed at another object before the first one is read by name, then written through.
#include <iostream>

int main() {
    int health = 10;
    int shield = 5;
    int* target = &health;
    *target -= 2;
    target = &shield;
    std::cout << health << '\n';
    *target -= 1;
    std::cout << shield << '\n';
}
