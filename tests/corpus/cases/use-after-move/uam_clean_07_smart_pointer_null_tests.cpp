// case: moved-from unique_ptr and shared_ptr are only compared with nullptr, tested with if and !, or reset.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Connection {
    std::string host;
};

int main() {
    std::vector<std::unique_ptr<Connection>> pool;
    auto conn = std::make_unique<Connection>(Connection{"db.local"});
    pool.push_back(std::move(conn));
    if (conn == nullptr) std::cout << "connection handed to the pool\n";

    auto spare = std::make_unique<Connection>(Connection{"cache.local"});
    auto keeper = std::move(spare);
    if (!spare) std::cout << "spare is empty\n";

    auto settings = std::make_shared<std::string>("dark mode");
    auto owner = std::move(settings);
    if (settings) std::cout << "unexpected\n";
    if (nullptr != settings) std::cout << "unexpected\n";
    settings.reset();

    std::cout << pool.size() << ' ' << keeper->host << ' ' << *owner << '\n';
}
