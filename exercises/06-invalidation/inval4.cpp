// inval4.cpp: moved while borrowed.
//
// `title` is a view of `draft`'s characters. Then the draft is moved into the
// published book: the book takes the draft's buffer, and the draft is left
// empty (or in some other unspecified state). The view still points at the
// old characters, which now belong to someone else. Rust: E0505, "cannot move
// out of `draft` because it is borrowed".
//
// Fix it without copying the text: view the characters where they live now.

#include <iostream>
#include <string>
#include <string_view>
#include <utility>

struct Book {
    std::string text;
};

int main() {
    std::string draft = "Ownership is Rust's most unique feature";
    std::string_view title = std::string_view(draft).substr(0, 9);
    Book published{std::move(draft)};

    // ownlings: begin locked
    std::cout << title << '\n';
    std::cout << published.text.size() << '\n';
    return 0;
}
// ownlings: end locked
