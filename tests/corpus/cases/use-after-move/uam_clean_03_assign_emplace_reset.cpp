// case: moved-from objects are revived with assign(), emplace() and reset() before their next use.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>

struct Session {
    std::string user;
};

int main() {
    std::string path = "/home/ann";
    std::string previous = std::move(path);
    path.assign("/tmp");
    std::cout << previous << " -> " << path << '\n';

    std::optional<std::string> token = "abc123";
    std::optional<std::string> used = std::move(token);
    token.emplace("def456");
    std::cout << *used << " then " << *token << '\n';

    auto session = std::make_unique<Session>(Session{"ann"});
    auto closed = std::move(session);
    session.reset();
    std::cout << closed->user << (session ? " has" : " has no") << " new session\n";
}
