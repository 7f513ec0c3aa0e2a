// case: a reference to an unordered_map value stays valid across inserts that rehash, which only invalidate iterators.
#include <iostream>
#include <string>
#include <unordered_map>

int main() {
    std::unordered_map<std::string, int> counts{{"the", 3}};
    const int& the = counts.at("the");
    for (int i = 0; i < 100; ++i) {
        counts.emplace("word" + std::to_string(i), i);
    }
    std::cout << "the: " << the << ", words: " << counts.size() << '\n';
}
