// case: a string is moved with an explicit static_cast to std::string&& (what std::move does) and read afterwards.
#include <iostream>
#include <string>

int main() {
    std::string source = "static_cast is all std::move does";
    std::string target = static_cast<std::string&&>(source);
    std::cout << target << '\n';
    std::cout << source.length() << '\n'; // expect: use-after-move
}
