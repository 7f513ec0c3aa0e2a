// case: a by-value parameter is only handed on to a function that takes a const reference.
#include <iostream>
#include <string>
#include <vector>

void print_line(const std::string& line) {
    std::cout << line << '\n';
}

void print_all(std::vector<std::string> lines) { // expect: needless-copy
    for (const std::string& line : lines)
        print_line(line);
}

int main() {
    std::vector<std::string> lines{"one", "two"};
    print_all(lines);
}
