// case: a string_view of a name is printed after the string was given a longer value with operator=.
#include <iostream>
#include <string>
#include <string_view>

int main() {
    std::string name = "short";
    std::string_view shown = name;
    name = "a much longer name that no longer fits in the small string buffer";
    std::cout << "shown: " << shown << '\n'; // expect: invalidated-reference
}
