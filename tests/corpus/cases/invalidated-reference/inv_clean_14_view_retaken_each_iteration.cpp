// case: a line buffer grows in every loop iteration, and the view of it is taken afresh inside the loop after the growth.
#include <iostream>
#include <string>
#include <string_view>

int main() {
    std::string line;
    for (int i = 0; i < 5; ++i) {
        line += "step " + std::to_string(i) + "; ";
        std::string_view current = line;
        std::cout << current.size() << ' ' << current << '\n';
    }
}
