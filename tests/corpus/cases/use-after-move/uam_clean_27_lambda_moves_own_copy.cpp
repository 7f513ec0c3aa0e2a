// case: a mutable lambda captures a string by copy and moves its own copy, so the caller's string is untouched.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> outbox;
    std::string draft = "see you tomorrow";
    auto send = [draft, &outbox]() mutable { outbox.push_back(std::move(draft)); };
    send();
    std::cout << "draft kept: " << draft << ' ' << outbox.size() << '\n';
}
