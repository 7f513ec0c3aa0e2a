// case: a const member function compares an object with itself: both sides only read.
#include <iostream>
#include <string>

struct Badge {
    std::string owner;
    int level = 1;

    bool outranks(const Badge& other) const { return level > other.level; }
    void promote() { ++level; }
};

int main() {
    Badge badge{"Ferris"};
    badge.promote();
    std::cout << badge.outranks(badge) << '\n';
}
