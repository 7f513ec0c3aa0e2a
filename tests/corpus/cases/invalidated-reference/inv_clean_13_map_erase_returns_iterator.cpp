// case: empty entries are erased from a map while iterating, re-obtaining the iterator from erase.
#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, int> stock{{"apples", 4}, {"pears", 0}, {"plums", 2}, {"kiwis", 0}};
    for (auto it = stock.begin(); it != stock.end();) {
        if (it->second == 0) {
            it = stock.erase(it);
        } else {
            ++it;
        }
    }
    std::cout << stock.size() << '\n';
}
