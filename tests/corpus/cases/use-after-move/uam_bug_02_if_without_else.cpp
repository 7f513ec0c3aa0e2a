// case: a report is moved only when a flag is set, and the code after the if statement reads it on every path.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char**) {
    bool archive_old = argc > 1;
    std::vector<std::string> archive;
    std::string report = "Q3 sales: +12%";
    if (archive_old) {
        archive.push_back(std::move(report));
    }
    // When archive_old is true, `report` was moved above.
    std::cout << "current report: " << report << '\n'; // expect: use-after-move
    std::cout << archive.size() << '\n';
}
