// case: a pointer declared before a loop is re-pointed at the loop's local string every iteration and only used in that iteration.
#include <iostream>
#include <string>

int main() {
    const std::string* current = nullptr;
    for (int i = 0; i < 3; ++i) {
        std::string line = "row " + std::to_string(i);
        current = &line;
        std::cout << *current << '\n';
    }
    std::cout << "done\n";
}
