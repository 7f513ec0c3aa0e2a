// case: a pointer to a value in an unordered_map of the outer scope is found in a helper block and used later.
#include <iostream>
#include <string>
#include <unordered_map>

int main() {
    const std::unordered_map<std::string, std::string> capitals{{"France", "Paris"}, {"Japan", "Tokyo"}};
    const std::string* capital = nullptr;
    {
        const std::string country = "Japan";
        auto it = capitals.find(country);
        if (it != capitals.end()) capital = &it->second;
    }
    if (capital) std::cout << *capital << '\n';
}
