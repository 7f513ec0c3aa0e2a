// case: a helper returns a pointer into the vector it got by reference; the vector outlives the block where the call is made.
#include <iostream>
#include <string>
#include <vector>

const std::string* find_longest(const std::vector<std::string>& words) {
    const std::string* best = nullptr;
    for (const std::string& word : words) {
        if (best == nullptr || word.size() > best->size()) best = &word;
    }
    return best;
}

int main() {
    const std::vector<std::string> words{"ownership", "borrow", "lifetime"};
    const std::string* longest = nullptr;
    {
        const std::string* candidate = find_longest(words);
        if (candidate && !candidate->empty()) longest = candidate;
    }
    if (longest) std::cout << *longest << '\n';
}
