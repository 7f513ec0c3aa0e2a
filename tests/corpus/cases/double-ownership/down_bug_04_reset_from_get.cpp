// case: reset() hands a unique_ptr the pointer that another unique_ptr already owns.
#include <iostream>
#include <memory>

struct Connection {
    int port = 8080;
};

int main() {
    auto primary = std::make_unique<Connection>();
    std::unique_ptr<Connection> fallback;
    fallback.reset(primary.get()); // expect: double-ownership
    std::cout << primary->port << ' ' << fallback->port << '\n';
}
