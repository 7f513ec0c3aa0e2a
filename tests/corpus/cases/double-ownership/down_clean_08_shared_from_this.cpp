// case: an object owned by a shared_ptr hands out more owners through shared_from_this().
#include <iostream>
#include <memory>
#include <vector>

class Session : public std::enable_shared_from_this<Session> {
public:
    std::shared_ptr<Session> handle() { return shared_from_this(); }
    int id = 7;
};

int main() {
    auto session = std::make_shared<Session>();
    std::vector<std::shared_ptr<Session>> listeners;
    listeners.push_back(session->handle());
    listeners.push_back(session->handle());
    std::cout << listeners.back()->id << ' ' << session.use_count() << '\n';
}
