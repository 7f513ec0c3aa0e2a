// case: a pointer remembers the loop body's local string of the last iteration and is read after the loop.
#include <iostream>
#include <string>

int main() {
    const std::string* last = nullptr;
    for (int i = 1; i <= 3; ++i) {
        std::string line = "line number " + std::to_string(i);
        std::cout << line << '\n';
        last = &line;
    }
    std::cout << "last was: " << *last << '\n'; // expect: dangling-reference
}
