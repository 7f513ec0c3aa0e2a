// case: a pointer to the previous iteration's loop-local value is read in the next iteration, after that value died.
#include <iostream>

int main() {
    const int* previous = nullptr;
    for (int i = 1; i <= 4; ++i) {
        int square = i * i;
        if (previous != nullptr) {
            std::cout << square - *previous << '\n'; // expect: dangling-reference
        }
        previous = &square;
    }
}
