// case: std::swap of a value with itself: the library handles the aliasing, so it is not a finding.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string a = "left";
    std::string b = "right";
    std::swap(a, b);
    std::swap(a, a);
    std::cout << a << ' ' << b << '\n';
}
