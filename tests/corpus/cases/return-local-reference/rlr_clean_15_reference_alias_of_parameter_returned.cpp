// case: local references that alias a parameter or a static are returned; what they refer to outlives the call.
#include <iostream>
#include <string>

const std::string& pick_name(const std::string& preferred, const std::string& fallback) {
    const std::string& chosen = preferred.empty() ? fallback : preferred;
    return chosen;
}

const std::string& app_name() {
    static const std::string name = "ownlings";
    const std::string& alias = name;
    return alias;
}

int main() {
    const std::string nick;
    const std::string full = "Ferris";
    std::cout << pick_name(nick, full) << ' ' << app_name() << '\n';
}
