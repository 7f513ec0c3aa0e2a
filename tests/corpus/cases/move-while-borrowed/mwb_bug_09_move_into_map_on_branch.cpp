// case: a string_view of a config text is printed after the text may have been moved into a map on one branch.
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <utility>

int main(int argc, char**) {
    std::map<std::string, std::string> registry;
    std::string config = "verbose=true; threads=8; cache=/tmp/ownlings";
    std::string_view preview = config;
    if (argc > 1) {
        registry.emplace("default", std::move(config));
    }
    std::cout << preview << '\n'; // expect: move-while-borrowed
}
