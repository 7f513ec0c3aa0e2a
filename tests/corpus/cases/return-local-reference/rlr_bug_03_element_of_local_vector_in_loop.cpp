// case: a function searches a local vector in a loop and returns a reference to the matching element or to its front.
#include <cstddef>
#include <iostream>
#include <string>
#include <vector>

const std::string& name_with_length(std::size_t length) {
    const std::vector<std::string> names{"Al", "Bob", "Carol", "Dave"};
    for (const std::string& name : names) {
        if (name.size() == length) return name; // expect: return-local-reference
    }
    return names.front(); // expect: return-local-reference
}

int main() {
    std::cout << name_with_length(5) << '\n';
}
