// case: a while loop tests a string that its body moves away, so the condition reads a moved-from string on the next check.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> sent;
    std::string pending = "first batch";
    // The author expects the move to empty `pending` and end the loop.
    while (!pending.empty()) { // expect: use-after-move
        sent.push_back(std::move(pending));
    }
    std::cout << sent.size() << '\n';
}
