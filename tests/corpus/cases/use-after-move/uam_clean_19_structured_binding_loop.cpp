// case: a range-for loop with a structured binding moves each map value out; every iteration binds a fresh element.
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::map<std::string, std::vector<int>> scores{{"ann", {90, 85}}, {"bob", {70}}};
    std::vector<std::vector<int>> all;
    for (auto& [student, marks] : scores) {
        std::cout << student << ": " << marks.size() << " marks\n";
        all.push_back(std::move(marks));
    }
    scores.clear();
    std::cout << all.size() << '\n';
}
