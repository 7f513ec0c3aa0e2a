// case: a map loop copies the iterator, advances the loop iterator, then erases only the copy, so the loop iterator stays valid.
#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, int> stock{{"apples", 4}, {"pears", 0}, {"plums", 2}, {"kiwis", 0}};
    auto it = stock.begin();
    while (it != stock.end()) {
        auto victim = it;
        ++it;
        if (victim->second == 0) {
            stock.erase(victim);
        }
    }
    std::cout << stock.size() << '\n';
}
