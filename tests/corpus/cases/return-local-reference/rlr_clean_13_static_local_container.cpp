// case: functions return references and views into function-local static containers, which live until the program ends.
#include <cstddef>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

const std::string& month_name(int month) {
    static const std::vector<std::string> names{"January", "February", "March"};
    return names.at(static_cast<std::size_t>(month - 1));
}

std::string_view unit_of(const std::string& quantity) {
    static const std::map<std::string, std::string> units{{"length", "m"}, {"mass", "kg"}};
    auto it = units.find(quantity);
    if (it == units.end()) return "?";
    return it->second;
}

int main() {
    const std::string quantity = "mass";
    std::cout << month_name(2) << ' ' << unit_of(quantity) << '\n';
}
