// case: an optional reference (std::optional<std::reference_wrapper>) is set to a block-local string and read after the block.
#include <functional>
#include <iostream>
#include <optional>
#include <string>

int main(int argc, char**) {
    std::optional<std::reference_wrapper<const std::string>> chosen;
    if (argc > 0) {
        const std::string name = "argument-" + std::to_string(argc);
        chosen = std::cref(name);
    }
    if (chosen) std::cout << chosen->get() << '\n'; // expect: dangling-reference
}
