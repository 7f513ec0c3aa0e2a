// case: a reference to the first name in a vector is printed after emplace_back may have reallocated the buffer.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> names{"Ada", "Brian"};
    const std::string& first = names.front();
    names.emplace_back("Claude");
    std::cout << "first: " << first << '\n'; // expect: invalidated-reference
    std::cout << names.size() << '\n';
}
