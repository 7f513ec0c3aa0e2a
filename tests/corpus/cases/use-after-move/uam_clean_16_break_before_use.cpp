// case: a loop moves its candidate into the result and breaks at once, so the read at the bottom of the loop is never reached after the move.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string result;
    std::string candidate = "a";
    for (int round = 0; round < 10; ++round) {
        if (candidate.size() >= 4) {
            result = std::move(candidate);
            break;
        }
        candidate += candidate;
        std::cout << "round " << round << ": " << candidate << '\n';
    }
    std::cout << "result: " << result << '\n';
}
