// case: a reference to an entry of a std::map returned by value is kept after the map temporary was destroyed.
#include <iostream>
#include <map>
#include <string>

std::map<std::string, std::string> load_settings() {
    return {{"theme", "solarized-dark"}, {"font", "monospace"}};
}

int main() {
    const std::string& theme = load_settings().at("theme");
    if (!theme.empty()) { // expect: dangling-temporary
        std::cout << "theme: " << theme << '\n';
    }
}
