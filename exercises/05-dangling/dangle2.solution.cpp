// dangle2.cpp: a view of a temporary.
//
// `"Hello, " + name` creates a new std::string without a name: a temporary. It
// lives until the end of the statement that created it, the `;`. `greeting`
// is a std::string_view, which only looks at characters someone else owns,
// and the owner is gone by the next line. Rust says E0716, "temporary value
// dropped while borrowed".
//
// Give the greeting an owner that lives as long as it is used.

#include <iostream>
#include <string>
#include <string_view>

int main() {
    std::string name = "Ferris";
    std::string greeting = "Hello, " + name; // owns its characters

    // ownlings: begin locked
    std::cout << greeting << '\n';
    return 0;
}
// ownlings: end locked
