// life3.cpp: a struct that borrows.
//
// An Excerpt holds a std::string_view: it borrows its text from someone else.
// In Rust the struct would have to say so, `struct Excerpt<'a> { part: &'a
// str }`, and every Excerpt would be checked against the text it borrows
// from. C++ gives no such signal, and here the text is a temporary that dies
// at the end of the statement that builds the Excerpt.
//
// Keep the Excerpt a borrowing type (it is meant to be cheap), and give the
// text an owner that outlives it.

#include <iostream>
#include <string>
#include <string_view>

struct Excerpt {
    std::string_view part;
};

std::string loadNovel() {
    return "Call me Ishmael. Some years ago, never mind how long precisely";
}

int main() {
    const std::string novel = loadNovel(); // owns the text
    Excerpt opening{std::string_view(novel).substr(0, 16)};

    // ownlings: begin locked
    std::cout << opening.part << '\n';
    return 0;
}
// ownlings: end locked
