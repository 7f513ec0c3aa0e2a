// case: a catch handler moves its error message into a log and then prints the moved-from message.
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> error_log;
    const std::string input = "80a0";
    int port = 0;
    try {
        port = std::stoi(input.substr(2));
    } catch (const std::invalid_argument& error) {
        std::string message = "bad port '" + input + "': " + error.what();
        error_log.push_back(std::move(message));
        std::cout << message << '\n'; // expect: use-after-move
    }
    std::cout << port << ' ' << error_log.size() << '\n';
}
