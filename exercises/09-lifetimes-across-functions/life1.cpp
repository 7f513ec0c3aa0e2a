// life1.cpp: the longest of two.
//
// This is the Rust Book's `longest`. The function is correct: it returns a
// reference to whichever argument is longer, so the result is valid as long
// as both arguments are. Rust writes that into the signature:
// `fn longest<'a>(x: &'a str, y: &'a str) -> &'a str`.
//
// The call in `main` breaks the contract: one argument is a temporary that is
// destroyed at the end of the statement, and `winner` may refer to it. Fix
// the call, not the function.

#include <iostream>
#include <string>

// ownlings: begin locked
const std::string& longest(const std::string& x, const std::string& y) {
    return x.size() >= y.size() ? x : y;
}
// ownlings: end locked

int main() {
    std::string title = "Ownership";
    const std::string& winner = longest(title, std::string("Borrowing rules"));

    // ownlings: begin locked
    std::cout << winner << '\n';
    return 0;
}
// ownlings: end locked
