// life6.cpp: fine on one path, dangling on the other.
//
// `displayName` returns a reference. When the user has a nickname, it refers
// to the user's member, which the caller owns: fine. When not, it builds a
// fallback name in a local and returns a reference to that local, which dies
// at the closing brace.
//
// A function that sometimes has to build its result cannot return a
// reference. Change what it returns.

#include <iostream>
#include <string>

struct User {
    int id = 0;
    std::string nickname;
};

const std::string& displayName(const User& user) {
    if (!user.nickname.empty())
        return user.nickname;
    std::string fallback = "user #" + std::to_string(user.id);
    return fallback;
}

// ownlings: begin locked
int main() {
    const User ferris{1, "Ferris"};
    const User anonymous{2, ""};
    std::cout << displayName(ferris) << '\n';
    std::cout << displayName(anonymous) << '\n';
    return 0;
}
// ownlings: end locked
