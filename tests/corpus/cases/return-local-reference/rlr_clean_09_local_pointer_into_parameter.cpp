// case: a local pointer walks a vector passed by reference and the function returns what it points to.
#include <iostream>
#include <string>
#include <vector>

const std::string& longest(const std::vector<std::string>& words) {
    const std::string* best = &words.front();
    for (const std::string& word : words) {
        if (word.size() > best->size()) best = &word;
    }
    return *best;
}

int main() {
    const std::vector<std::string> words{"own", "borrow", "lifetime"};
    std::cout << longest(words) << '\n';
}
