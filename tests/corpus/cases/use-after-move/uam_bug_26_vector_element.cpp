// case: the first element of a vector of strings is moved out and then printed through the vector.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> queue{"alice", "bob", "carol"};
    std::string next = std::move(queue[0]);
    std::cout << "serving " << next << '\n';
    std::cout << "front of queue: " << queue[0] << '\n'; // expect: use-after-move
}
