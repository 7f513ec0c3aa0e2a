// case: a loop moves the current line out at each separator and clears it before continuing, so the next word starts a fresh line.
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
            lines.push_back(std::move(current));
            current.clear();
            continue;
        }
        current += word;
    }
    std::cout << lines.size() << '\n';
}
