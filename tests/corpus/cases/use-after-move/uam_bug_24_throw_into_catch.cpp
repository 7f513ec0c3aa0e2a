// case: a request is moved into a log and an exception is thrown in the same try block, and the handler still reads the request.
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> failed;
    std::string request = "GET /index.html";
    try {
        if (request.size() > 8) {
            failed.push_back(std::move(request));
            throw std::runtime_error("request too long");
        }
        std::cout << "served\n";
    } catch (const std::runtime_error& error) {
        std::cout << error.what() << ": " << request << '\n'; // expect: use-after-move
    }
    std::cout << failed.size() << '\n';
}
