// case: a vector of strings is moved into a sink function and a range-for loop then iterates over the moved-from vector.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

void publish(std::vector<std::vector<std::string>>& releases, std::vector<std::string> notes) {
    notes.push_back("-- end of notes --");
    releases.push_back(std::move(notes));
}

int main() {
    std::vector<std::vector<std::string>> releases;
    std::vector<std::string> notes{"faster builds", "new borrow hints"};
    publish(releases, std::move(notes));
    for (const std::string& note : notes) { // expect: use-after-move
        std::cout << "- " << note << '\n';
    }
    std::cout << releases.size() << '\n';
}
