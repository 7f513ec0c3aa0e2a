// case: an iterator into an unordered_map is used after inserts that may rehash the table.
#include <iostream>
#include <string>
#include <unordered_map>

int main() {
    std::unordered_map<std::string, int> counts{{"the", 3}};
    auto the = counts.find("the");
    for (int i = 0; i < 100; ++i) {
        counts.insert({"word" + std::to_string(i), i});
    }
    std::cout << the->first << ": " << the->second << '\n'; // expect: invalidated-reference
}
