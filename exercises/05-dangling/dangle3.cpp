// dangle3.cpp: a reference to a local, returned.
//
// `label` builds a string and returns a reference to it. But the string is a
// local of `label`: it is destroyed when the function returns, before the
// caller can even look at the reference. Rust rejects this with E0515,
// "cannot return reference to local variable".
//
// Return something the caller can use. Returning a local by value is cheap:
// the compiler builds it directly in the caller's variable, or moves it.

#include <iostream>
#include <string>

const std::string& label(const std::string& name, int level) {
    std::string text = name + " (level " + std::to_string(level) + ")";
    return text;
}

// ownlings: begin locked
int main() {
    std::cout << label("Ferris", 3) << '\n';
    std::cout << label("Corro", 1) << '\n';
    return 0;
}
// ownlings: end locked
