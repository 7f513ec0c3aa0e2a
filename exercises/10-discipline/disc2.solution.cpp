// disc2.cpp: borrow what you only read, everywhere.
//
// Both functions take their containers by value and only read them, so every
// call copies a map or a vector of strings, and `contains` copies the name it
// looks for too. The `needless-copy` rule is on; it reports each such
// parameter.
//
// Make both functions borrow. For the name, a `std::string_view` accepts a
// std::string and a string literal alike, without copying either.

#include <algorithm>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

void printStock(const std::map<std::string, int>& stock) {
    for (const auto& [item, count] : stock)
        std::cout << item << ": " << count << '\n';
}

bool contains(const std::vector<std::string>& names, std::string_view name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

// ownlings: begin locked
int main() {
    const std::map<std::string, int> stock{{"apples", 3}, {"pears", 5}};
    const std::vector<std::string> names{"apples", "plums"};
    printStock(stock);
    std::cout << std::boolalpha << contains(names, "plums") << '\n';
    return 0;
}
// ownlings: end locked
