// case: after a string is moved into a new owner, the view is taken again from the new owner before it is printed.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

int main() {
    std::string title = "The Rust Programming Language, second edition";
    std::string_view shown = title;
    std::cout << shown.size() << '\n';
    std::string owner = std::move(title);
    shown = owner;
    std::cout << "shown: " << shown << '\n';
}
