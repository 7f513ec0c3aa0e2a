// Compiles only when GREETING is defined on the command line.
#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string message = GREETING;
    std::string sent = std::move(message);
    std::cout << sent << message.size() << '\n';
}
