// case: a lambda that captures by reference moves the captured string inside its body, and the caller reads the string after calling it.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> archive;
    std::string entry = "build #17 passed";
    auto flush = [&] { archive.push_back(std::move(entry)); };
    flush();
    std::cout << "last entry: " << entry << '\n'; // expect: use-after-move
    std::cout << archive.size() << '\n';
}
