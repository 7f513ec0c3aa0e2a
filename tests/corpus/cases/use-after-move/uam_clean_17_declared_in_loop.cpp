// case: a string declared inside the loop body is moved at the end of each iteration, and every iteration gets a fresh one.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> rows;
    for (int i = 0; i < 3; ++i) {
        std::string row = "row " + std::to_string(i);
        row += ": ok";
        rows.push_back(std::move(row));
    }
    for (const std::string& row : rows) std::cout << row << '\n';
}
