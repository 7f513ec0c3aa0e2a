// case: a lookup returns a pointer to the value in a map passed by reference, or nullptr when the key is missing.
#include <iostream>
#include <map>
#include <string>

const std::string* find_color(const std::map<std::string, std::string>& colors, const std::string& fruit) {
    auto it = colors.find(fruit);
    if (it == colors.end()) return nullptr;
    return &it->second;
}

int main() {
    const std::map<std::string, std::string> colors{{"banana", "yellow"}, {"plum", "purple"}};
    if (const std::string* color = find_color(colors, "plum")) std::cout << *color << '\n';
}
