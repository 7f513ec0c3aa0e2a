// inval3.cpp: a view into a growing string.
//
// `level` is a std::string_view into the first characters of `line`. Then the
// message is appended to `line`. Appending may need a bigger buffer, and then
// the string moves its characters there and frees the old ones: `level` now
// views freed memory. Whether that happens depends on the string's capacity,
// which is exactly why the bug appears and disappears.
//
// Make the program print the level and the full line without keeping a view
// across the change.

#include <iostream>
#include <string>
#include <string_view>

int main() {
    std::string line = "error";
    line += ": the disk is full, and the log cannot be written";
    // Viewed after the last change to `line`.
    std::string_view level = std::string_view(line).substr(0, 5);

    // ownlings: begin locked
    std::cout << "[" << level << "] " << line << '\n';
    return 0;
}
// ownlings: end locked
