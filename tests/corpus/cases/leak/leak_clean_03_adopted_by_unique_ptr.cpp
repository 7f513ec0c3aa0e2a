// case: a new object is handed to a unique_ptr right away, so the early return frees it.
#include <iostream>
#include <memory>
#include <string>

struct Connection {
    std::string host;
    bool open = false;
};

bool connect(const std::string& host) {
    Connection* raw = new Connection{host}; // expect: raw-owning-pointer
    std::unique_ptr<Connection> conn(raw);
    if (conn->host.empty()) {
        return false;
    }
    conn->open = true;
    return conn->open;
}

int main() {
    std::cout << connect("example.org") << connect("") << '\n';
}
