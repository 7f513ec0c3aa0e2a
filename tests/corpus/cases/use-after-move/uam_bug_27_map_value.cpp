// case: a vector stored as a map value is moved out of the map and the map entry is read afterwards.
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::map<std::string, std::vector<std::string>> groups{
        {"admins", {"root", "ops"}},
        {"guests", {"visitor"}},
    };
    std::vector<std::string> admins = std::move(groups["admins"]);
    std::cout << admins.size() << " admins moved\n";
    std::cout << groups["admins"].size() << " admins left\n"; // expect: use-after-move
}
