// case: lambdas stored in an outer vector take block-local strings with a std::move init-capture.
#include <functional>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::function<void()>> pending;
    for (int i = 0; i < 3; ++i) {
        std::string message = "job " + std::to_string(i);
        pending.push_back([text = std::move(message)] { std::cout << text << '\n'; });
    }
    for (const auto& job : pending) job();
}
