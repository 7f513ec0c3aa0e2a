// case: an object is moved into a helper that returns a new owner, and views are only taken from that returned owner.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct Library {
    std::vector<std::string> titles;
};

Library make_library(std::vector<std::string> titles) {
    Library lib;
    lib.titles = std::move(titles);
    return lib;
}

int main() {
    std::vector<std::string> titles{"Rustonomicon", "Programming Rust"};
    Library lib = make_library(std::move(titles));
    std::string_view first = lib.titles.front();
    std::cout << first << ' ' << lib.titles.size() << '\n';
}
