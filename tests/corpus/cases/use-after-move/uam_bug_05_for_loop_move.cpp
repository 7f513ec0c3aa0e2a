// case: a template string is moved into a vector inside a for loop, so the second iteration moves an already moved-from string.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> invitations;
    std::string text = "You are invited!";
    for (int guest = 0; guest < 3; ++guest) {
        // Moving is cheap, but only the first guest gets the real text.
        invitations.push_back(std::move(text)); // expect: use-after-move
    }
    std::cout << invitations.size() << '\n';
}
