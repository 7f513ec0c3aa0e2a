// case: a const_iterator into a string is dereferenced after += appended to the string.
#include <iostream>
#include <string>

int main() {
    std::string title = "chapter";
    auto first = title.cbegin();
    title += " one: ownership and borrowing in modern C++";
    std::cout << *first << '\n'; // expect: invalidated-reference
    std::cout << title << '\n';
}
