// move4.cpp: the move that makes it slower.
//
// `return names;` lets the compiler build `names` directly in the caller's
// variable (copy elision), and if it cannot, it moves anyway. Writing
// `return std::move(names);` turns the returned expression into something
// elision does not apply to, so it forces a move where there might have been
// nothing at all. The `pessimizing-move` rule is on.
//
// Return the local the plain way.

#include <iostream>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> loadNames() {
    std::vector<std::string> names;
    names.push_back("Ferris");
    names.push_back("Corro");
    return std::move(names);
}

// ownlings: begin locked
int main() {
    for (const std::string& name : loadNames())
        std::cout << name << '\n';
    return 0;
}
// ownlings: end locked
