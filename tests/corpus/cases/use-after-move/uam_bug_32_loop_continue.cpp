// case: a loop moves the current line into a list at each separator and continues without clearing it, so the next word is appended to (and the next separator moves) a moved-from string.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    const std::vector<std::string> words{"fn", "main", "|", "let", "x", "|"};
    std::vector<std::string> lines;
    std::string current;
    for (const std::string& word : words) {
        if (word == "|") {
            // Two separators in a row would move the already moved-from line again.
            lines.push_back(std::move(current)); // expect: use-after-move
            continue;
        }
        current += word; // expect: use-after-move
    }
    std::cout << lines.size() << '\n';
}
