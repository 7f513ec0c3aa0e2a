// case: a conditional expression moves one of two strings, and the one that may have been moved is printed afterwards.
#include <iostream>
#include <string>
#include <utility>

int main(int argc, char**) {
    bool use_backup = argc > 1;
    std::string primary = "db-1.example.com";
    std::string backup = "db-2.example.com";
    std::string chosen = use_backup ? std::move(backup) : std::move(primary);
    std::cout << "connecting to " << chosen << '\n';
    std::cout << "primary was " << primary << '\n'; // expect: use-after-move
}
