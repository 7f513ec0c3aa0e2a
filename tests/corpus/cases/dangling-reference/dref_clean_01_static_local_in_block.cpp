// case: a string_view taken inside a block refers to a function-local static, which outlives the block.
#include <iostream>
#include <string>
#include <string_view>

int main(int argc, char**) {
    std::string_view banner = "plain";
    if (argc > 0) {
        static const std::string fancy = "*** " + std::string("welcome") + " ***";
        banner = fancy;
    }
    std::cout << banner << '\n';
}
