// case: a lookup builds a local std::map and returns a reference to the value it found; the fallback is a static.
#include <iostream>
#include <map>
#include <string>

const std::string& color_of(const std::string& fruit) {
    const std::map<std::string, std::string> colors{{"banana", "yellow"}, {"plum", "purple"}};
    auto it = colors.find(fruit);
    if (it != colors.end()) {
        return it->second; // expect: return-local-reference
    }
    static const std::string unknown = "unknown";
    return unknown;
}

int main() {
    std::cout << color_of("plum") << '\n';
}
