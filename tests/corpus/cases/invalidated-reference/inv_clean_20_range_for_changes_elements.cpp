// case: range-for loops that change each element in place (a string grows, a row gets a value, a map value is edited);
// the containers themselves never change size, so their iterators stay valid.
#include <iostream>
#include <map>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> words{"borrow", "move"};
    for (auto& word : words) word += "!";

    std::vector<std::vector<int>> grid(3);
    for (auto& row : grid) row.push_back(1);

    std::map<int, std::string> names{{1, "ferris"}};
    for (auto& [id, name] : names) name.append(" the crab");
    for (auto& entry : names) entry.second += ".";

    std::cout << words[0] << grid[2].size() << names[1] << '\n';
}
