// case: the parameter is changed and returned, so the copy is the function's result.
#include <iostream>
#include <string>

std::string shout(std::string text) {
    text += "!";
    return text;
}

int main() {
    std::cout << shout("borrow checker") << '\n';
}
