// case: moved-from unique_ptr and shared_ptr are tested with get() compared with nullptr, which only asks whether they are empty.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Socket {
    std::string address;
};

int main() {
    std::vector<std::unique_ptr<Socket>> open;
    auto socket = std::make_unique<Socket>(Socket{"10.0.0.1:80"});
    open.push_back(std::move(socket));
    if (socket.get() == nullptr) std::cout << "socket handed over\n";

    auto config = std::make_shared<std::string>("verbose=1");
    auto active = std::move(config);
    if (config.get() != nullptr) std::cout << "unexpected\n";

    std::cout << open.size() << ' ' << *active << '\n';
}
