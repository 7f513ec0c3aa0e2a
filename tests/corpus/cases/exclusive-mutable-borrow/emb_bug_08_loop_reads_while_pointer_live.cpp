// case: inside a loop, a total is printed by name while a pointer to it is written again in the next iteration.
#include <iostream>

int main() {
    int total = 0;
    int* sum = &total;
    for (int i = 1; i <= 3; ++i) {
        *sum += i;
        std::cout << "so far: " << total << '\n'; // expect: exclusive-mutable-borrow
    }
}
