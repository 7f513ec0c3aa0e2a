// case: a function template forwards its parameter twice, so an rvalue argument is moved into the first call and then moved again.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

template <class T>
void add_twice(std::vector<std::string>& primary, std::vector<std::string>& backup, T&& value) {
    primary.push_back(std::forward<T>(value));
    backup.push_back(std::forward<T>(value)); // expect: use-after-move
}

int main() {
    std::vector<std::string> primary;
    std::vector<std::string> backup;
    add_twice(primary, backup, std::string("config.toml"));
    std::cout << primary.front() << " / " << backup.front() << '\n';
}
