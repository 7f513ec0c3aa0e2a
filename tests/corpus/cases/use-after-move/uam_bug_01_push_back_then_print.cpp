// case: a name is moved into a vector with push_back and then printed, so the message shows a moved-from string.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> guests;
    std::string name = "Ada";
    guests.push_back(std::move(name));
    // The string now lives in the vector; `name` was emptied (or worse).
    std::cout << "added " << name << " to the list\n"; // expect: use-after-move
    std::cout << guests.size() << '\n';
}
