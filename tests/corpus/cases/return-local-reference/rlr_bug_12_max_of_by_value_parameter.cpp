// case: a function returns std::max of its by-value parameter and a literal as a const reference, so it refers to a dead object.
#include <algorithm>
#include <iostream>

const int& at_least_zero(int value) {
    return std::max(value, 0); // expect: return-local-reference
}

int main() {
    std::cout << at_least_zero(-5) << ' ' << at_least_zero(12) << '\n';
}
