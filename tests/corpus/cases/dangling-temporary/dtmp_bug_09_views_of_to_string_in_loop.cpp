// case: a loop pushes string_views of std::to_string temporaries into a vector and prints them after the loop.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

int main() {
    std::vector<std::string_view> labels;
    for (int i = 1; i <= 3; ++i) {
        labels.push_back(std::to_string(i * 100));
    }
    for (std::string_view label : labels) std::cout << label << '\n'; // expect: dangling-temporary
}
