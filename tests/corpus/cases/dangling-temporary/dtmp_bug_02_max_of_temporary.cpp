// case: a const reference keeps the result of std::max, which refers to a temporary argument that is already destroyed.
#include <algorithm>
#include <iostream>

int bonus_for(int level) {
    return level * 15;
}

int main() {
    const int minimum_bonus = 20;
    const int& bonus = std::max(bonus_for(3), minimum_bonus);
    std::cout << "bonus: " << bonus << '\n'; // expect: dangling-temporary
}
