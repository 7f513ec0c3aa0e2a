// A string is moved and then given a new value before it is used again.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string current = "first";
    std::string kept = std::move(current);
    current = "second";
    std::cout << kept << ' ' << current << '\n';
}
