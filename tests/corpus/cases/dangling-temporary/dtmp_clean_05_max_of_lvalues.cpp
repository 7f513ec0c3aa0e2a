// case: std::max returns a reference to one of two named variables, and the result over a temporary is copied into an int.
#include <algorithm>
#include <iostream>

int bonus_for(int level) {
    return level * 15;
}

int main() {
    const int earned = bonus_for(3);
    const int minimum_bonus = 20;
    const int& bonus = std::max(earned, minimum_bonus);
    const int capped = std::min(bonus_for(9), 100);
    std::cout << bonus << ' ' << capped << '\n';
}
