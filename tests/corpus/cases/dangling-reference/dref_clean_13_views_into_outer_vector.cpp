// case: string_views into the strings of a vector that outlives them are collected in a loop and counted in an unordered_map after it.
#include <iostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

int main() {
    const std::vector<std::string> words{"apple", "pear", "apple", "fig"};
    std::vector<std::string_view> long_words;
    for (const std::string& word : words) {
        if (word.size() > 3) long_words.push_back(word);
    }
    std::unordered_map<std::string_view, int> counts;
    for (std::string_view w : long_words) ++counts[w];
    std::cout << counts["apple"] << ' ' << counts.size() << '\n';
}
