// case: a pointer to the first name is re-pointed at the vector that received the names before it is used again.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> names{"alpha", "beta", "gamma"};
    const std::string* first = &names.front();
    std::cout << *first << '\n';
    std::vector<std::string> stash = std::move(names);
    first = &stash.front();
    std::cout << *first << ' ' << stash.size() << '\n';
}
