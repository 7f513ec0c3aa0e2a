// case: a local const reference extends the life of a temporary string only until the function returns;
// returning that reference hands the caller a dangling one.
#include <iostream>
#include <string>

const std::string& default_greeting() {
    const std::string& greeting = std::string("hello, ") + "ferris";
    return greeting; // expect: return-local-reference
}

int main() {
    std::cout << default_greeting() << '\n';
}
