// case: a pointer to a block-local value is pointed at an outer value again before it is dereferenced.
#include <iostream>

int main() {
    int fallback = -1;
    const int* answer = nullptr;
    {
        int computed = 6 * 7;
        answer = &computed;
        std::cout << "inside: " << *answer << '\n';
    }
    answer = &fallback;
    std::cout << "outside: " << *answer << '\n';
}
