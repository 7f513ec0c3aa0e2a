// A name is printed after it was moved into another variable.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string name = "Ferris";
    std::string owner = std::move(name);
    std::cout << "owner: " << owner << '\n';

    std::cout << name << '\n';
}
