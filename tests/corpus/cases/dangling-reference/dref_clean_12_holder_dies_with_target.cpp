// case: a struct holding a pointer to a string lives in the same block as the string, so it never outlives it.
#include <iostream>
#include <string>
#include <vector>

struct Highlighter {
    const std::string* keyword = nullptr;
    bool matches(const std::string& word) const { return word == *keyword; }
};

int main() {
    const std::vector<std::string> words{"let", "mut", "fn", "mut"};
    int hits = 0;
    for (int pass = 0; pass < 2; ++pass) {
        const std::string keyword = pass == 0 ? "mut" : "fn";
        const Highlighter h{&keyword};
        for (const std::string& w : words) {
            if (h.matches(w)) ++hits;
        }
    }
    std::cout << hits << '\n';
}
