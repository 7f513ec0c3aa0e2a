// case: two functions each have their own local called `title`; one moves it, the other reads its own, which is a different variable.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> shelf;

void store_book() {
    std::string title = "The C++ Programming Language";
    shelf.push_back(std::move(title));
}

void print_book() {
    std::string title = "Programming Rust";
    std::cout << title << '\n';
}

int main() {
    store_book();
    print_book();
    std::cout << shelf.size() << '\n';
}
