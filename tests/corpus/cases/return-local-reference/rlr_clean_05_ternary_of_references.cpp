// case: a ternary picks between two reference parameters, or a parameter and a static, so no temporary is made.
#include <iostream>
#include <string>

const std::string& pick(const std::string& a, const std::string& b, bool first) {
    return first ? a : b;
}

const std::string& display_name(const std::string& nickname) {
    static const std::string anonymous = "anonymous";
    return nickname.empty() ? anonymous : nickname;
}

int main() {
    const std::string x = "left";
    const std::string y = "right";
    std::cout << pick(x, y, false) << ' ' << display_name("") << ' ' << display_name(x) << '\n';
}
