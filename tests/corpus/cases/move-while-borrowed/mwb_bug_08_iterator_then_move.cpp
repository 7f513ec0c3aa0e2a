// case: an iterator into a vector of names is dereferenced after the vector was moved into another one.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> names{"alpha", "beta", "gamma"};
    auto current = names.cbegin();
    std::vector<std::string> taken = std::move(names);
    std::cout << taken.size() << '\n';
    std::cout << *current << '\n'; // expect: move-while-borrowed
}
