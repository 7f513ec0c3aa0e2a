// case: a do-while retry loop moves the packet into the send queue on every attempt.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> queue;
    std::string packet = "PING";
    int attempts = 0;
    do {
        queue.push_back(std::move(packet)); // expect: use-after-move
        ++attempts;
    } while (attempts < 3);
    std::cout << queue.size() << '\n';
}
