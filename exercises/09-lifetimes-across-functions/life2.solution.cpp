// life2.cpp: which input does the result borrow from?
//
// `trimmed` returns a view of its text without the spaces at both ends. The
// view points into `text`, and `text` is a parameter taken by value: a copy
// that belongs to `trimmed` and dies when it returns. So the caller gets a
// view of a dead string. Rust: E0515, "cannot return value referencing
// function parameter `text`".
//
// A returned view must borrow from something the caller owns. Change the
// parameter so that the result views the caller's characters.

#include <iostream>
#include <string>
#include <string_view>

// `text` views the caller's characters, so the result does too (Rust: `&str`).
std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string_view::npos)
        return {};
    const std::size_t last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

// ownlings: begin locked
int main() {
    const std::string input = "   borrow checker   ";
    std::cout << '[' << trimmed(input) << "]\n";
    std::cout << '[' << trimmed("    ") << "]\n";
    return 0;
}
// ownlings: end locked
