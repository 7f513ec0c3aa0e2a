// case: a lambda used with std::count_if takes each string by value and only asks for its size.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> words{"own", "borrow", "lifetime"};
    auto is_short = [](std::string w) { return w.size() < 4; }; // expect: needless-copy
    std::cout << std::count_if(words.begin(), words.end(), is_short) << '\n';
}
