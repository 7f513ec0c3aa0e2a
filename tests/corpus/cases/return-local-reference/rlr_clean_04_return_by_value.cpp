// case: functions build strings, vectors and optionals in locals and return them by value.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

std::string make_label(int id) {
    std::string label = "item-" + std::to_string(id);
    return label;
}

std::vector<int> first_squares(int n) {
    std::vector<int> squares;
    for (int i = 1; i <= n; ++i) squares.push_back(i * i);
    return squares;
}

std::optional<std::string> extension_of(const std::string& path) {
    const auto dot = path.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    std::string ext = path.substr(dot + 1);
    return ext;
}

int main() {
    std::cout << make_label(7) << ' ' << first_squares(4).back() << ' ' << extension_of("a.txt").value_or("-") << '\n';
}
