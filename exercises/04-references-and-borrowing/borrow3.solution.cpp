// borrow3.cpp: one writer or many readers.
//
// `appendTwice` is correct on its own: it appends `piece` to `out` twice. But
// in `main`, `piece` is a reference to `word`, so both arguments are the same
// string. The first `+=` grows `piece` too, and the program prints "abababab"
// instead of "ababab".
//
// Rust forbids the call (E0502): while `word` is borrowed mutably, it cannot
// be borrowed again. The `exclusive-mutable-borrow` rule is on. Change how
// `piece` is declared, so that `appendTwice` gets two different strings.

#include <iostream>
#include <string>

void appendTwice(std::string& out, const std::string& piece) {
    out += piece;
    out += piece;
}

int main() {
    std::string word = "ab";
    const std::string piece = word; // a copy: no aliasing

    // ownlings: begin locked
    appendTwice(word, piece);
    std::cout << word << '\n';
    return 0;
}
// ownlings: end locked
