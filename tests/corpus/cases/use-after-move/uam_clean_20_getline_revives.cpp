// case: std::getline gives the moved-from line a new value at the top of each iteration, the classic read-and-move loop.
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::istringstream input("first\nsecond\nthird\n");
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(input, line)) {
        lines.push_back(std::move(line));
    }
    std::cout << lines.size() << " lines, last: " << lines.back() << '\n';
}
