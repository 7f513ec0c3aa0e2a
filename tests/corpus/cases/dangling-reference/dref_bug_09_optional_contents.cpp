// case: a pointer into a std::optional declared in a loop body is used after the loop has ended.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

std::optional<std::string> find_admin(const std::vector<std::string>& users, int round) {
    if (round < static_cast<int>(users.size()) && users[round].starts_with("admin")) return users[round];
    return std::nullopt;
}

int main() {
    const std::vector<std::string> users{"guest", "admin_root", "bob"};
    const std::string* admin = nullptr;
    for (int round = 0; round < 3; ++round) {
        std::optional<std::string> found = find_admin(users, round);
        if (found) {
            admin = &*found;
            break;
        }
    }
    if (admin) std::cout << "admin: " << *admin << '\n'; // expect: dangling-reference
}
