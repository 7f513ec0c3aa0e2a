// case: a greeting takes the name by value and only prints it.
#include <iostream>
#include <string>

void greet(std::string name) { // expect: needless-copy
    std::cout << "Hello, " << name << "!\n";
}

int main() {
    std::string who = "Ferris";
    greet(who);
    greet("crab");
}
