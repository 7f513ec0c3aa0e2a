// case: operator>> reads a new word into a moved-from string before it is used again.
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::istringstream input("borrow move lifetime");
    std::vector<std::string> words;
    std::string word;
    input >> word;
    words.push_back(std::move(word));
    input >> word; // overwrites the moved-from string
    std::cout << "second word: " << word << '\n';
    words.push_back(std::move(word));
    std::cout << words.size() << '\n';
}
