// case: a switch case moves a message and falls through into the next case, which still prints the message.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char**) {
    std::vector<std::string> saved;
    std::string message = "disk almost full";
    switch (argc) {
    case 1:
        saved.push_back(std::move(message));
        [[fallthrough]];
    case 2:
        std::cout << "warning: " << message << '\n'; // expect: use-after-move
        break;
    default:
        break;
    }
    std::cout << saved.size() << '\n';
}
