// case: a function template reads its forwarding-reference parameter and then forwards it exactly once, as its last use.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

template <class T>
void log_and_store(std::vector<std::string>& store, T&& value) {
    std::cout << "storing " << value << '\n';
    store.push_back(std::forward<T>(value));
}

int main() {
    std::vector<std::string> store;
    std::string name = "ferris";
    log_and_store(store, name);
    log_and_store(store, std::string("corro"));
    std::cout << name << ' ' << store.size() << '\n';
}
