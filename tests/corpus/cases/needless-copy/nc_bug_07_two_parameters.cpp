// case: both string parameters of a comparison are copied, though it only reads them.
#include <iostream>
#include <string>

bool starts_with(std::string text, // expect: needless-copy
                 std::string prefix) { // expect: needless-copy
    return text.compare(0, prefix.size(), prefix) == 0;
}

int main() {
    std::cout << starts_with("ownership", "own") << '\n';
}
