// case: in a loop, a view of each line is used first and the line is moved into the vector at the end of the iteration.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> lines;
    for (int i = 0; i < 3; ++i) {
        std::string line = "line number " + std::to_string(i) + " of the generated report";
        std::string_view view = line;
        std::cout << view.substr(0, 13) << '\n';
        lines.push_back(std::move(line));
    }
    std::cout << lines.size() << '\n';
}
