// case: a payload is moved into a by-value parameter of a call that throws, and the catch handler retries with the moved-from payload.
#include <iostream>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

void upload(std::vector<std::string>& server, std::string payload) {
    if (payload.size() > 16) throw std::length_error("payload too large");
    server.push_back(std::move(payload));
}

int main() {
    std::vector<std::string> server;
    std::string report = "quarterly numbers, final version";
    try {
        // The move into `payload` happens before upload() runs, so it happens even when upload() throws.
        upload(server, std::move(report));
    } catch (const std::length_error& error) {
        std::cout << error.what() << ", keeping " << report << '\n'; // expect: use-after-move
    }
    std::cout << server.size() << '\n';
}
