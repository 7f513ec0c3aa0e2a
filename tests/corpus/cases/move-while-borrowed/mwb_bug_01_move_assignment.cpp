// case: a string_view of a title is printed after the title was move-assigned into another string.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

int main() {
    std::string title = "The Rust Programming Language, second edition";
    std::string_view shown = title;
    std::string stored;
    stored = std::move(title);
    std::cout << stored.size() << '\n';
    std::cout << "shown: " << shown << '\n'; // expect: move-while-borrowed
}
