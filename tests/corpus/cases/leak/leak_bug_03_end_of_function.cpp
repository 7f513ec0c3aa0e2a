// case: a helper allocates a temporary table with new, uses it, and never deletes it before the function ends.
#include <iostream>
#include <map>
#include <string>

void print_histogram(const std::string& text) {
    auto* counts = new std::map<char, int>; // expect: raw-owning-pointer
    for (char c : text) ++(*counts)[c];
    for (const auto& [letter, n] : *counts) std::cout << letter << ':' << n << ' ';
    std::cout << '\n';
} // expect: leak

int main() {
    print_histogram("hello");
}
