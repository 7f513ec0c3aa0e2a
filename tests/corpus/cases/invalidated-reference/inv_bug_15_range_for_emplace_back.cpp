// case: a range-for over a vector of words emplaces plurals into the same vector.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> words{"cat", "dog"};
    for (const std::string& w : words) { // expect: invalidated-reference
        if (w.size() == 3) {
            words.emplace_back(w + "s");
        }
    }
    std::cout << words.size() << '\n';
}
