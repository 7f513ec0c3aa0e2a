// borrow4.cpp: a view into someone else's string.
//
// This is the Rust Book's `first_word`. It takes a `std::string_view` (Rust:
// `&str`), a borrow of characters someone else owns, and should return the
// first word: the part before the first space, or all of it if there is no
// space. The result is a view into the same characters, so nothing is copied.
//
// Right now it returns the whole text. Make it return only the first word.
// `text.find(' ')` and `text.substr(pos, count)` are what you need.

#include <string_view>

// ownlings: begin locked (the signature the tests call)
std::string_view firstWord(std::string_view text)
// ownlings: end locked
{
    // substr clamps the count, so npos (no space) means "to the end".
    return text.substr(0, text.find(' '));
}
