// case: a range-for loop moves every element out of a vector through a reference, and the vector is cleared before it is reused.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> inbox{"hi", "meeting at 3", "lunch?"};
    std::vector<std::string> read;
    for (std::string& message : inbox) {
        read.push_back(std::move(message)); // each iteration moves a different element
    }
    inbox.clear();
    inbox.push_back("new message");
    std::cout << read.size() << ' ' << inbox.size() << '\n';
}
