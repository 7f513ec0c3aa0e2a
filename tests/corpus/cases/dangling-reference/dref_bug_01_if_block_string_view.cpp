// case: a string_view is pointed at a string declared inside an if block and printed after the block ended.
#include <iostream>
#include <string>
#include <string_view>

int main(int argc, char**) {
    std::string_view status = "idle";
    if (argc > 1) {
        std::string busy = "busy with " + std::to_string(argc - 1) + " jobs";
        status = busy;
    }
    std::cout << "status: " << status << '\n'; // expect: dangling-reference
}
