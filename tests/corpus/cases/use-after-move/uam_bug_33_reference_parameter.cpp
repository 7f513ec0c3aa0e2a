// case: a function moves out of a string it received by non-const reference and then reads that same parameter.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

void archive_line(std::vector<std::string>& archive, std::string& line) {
    archive.push_back(std::move(line));
    std::cout << "archived " << line.size() << " characters\n"; // expect: use-after-move
}

int main() {
    std::vector<std::string> archive;
    std::string line = "2024-05-01 backup ok";
    archive_line(archive, line);
    line = "2024-05-02 backup ok";
    archive_line(archive, line);
    std::cout << archive.size() << '\n';
}
