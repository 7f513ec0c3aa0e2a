// case: the same string is passed to two const reference parameters: sharing without mutation is fine.
#include <iostream>
#include <string>

bool same_length(const std::string& a, const std::string& b) {
    return a.size() == b.size();
}

int main() {
    std::string word = "borrow";
    std::cout << same_length(word, word) << '\n';
}
