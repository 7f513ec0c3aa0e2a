// case: the unique_ptr returned by a factory is stored in a variable before get() is taken, so the object stays alive.
#include <iostream>
#include <memory>
#include <string>

struct Session {
    std::string user;
    int id = 0;
};

std::unique_ptr<Session> open_session(int id) {
    return std::make_unique<Session>(Session{"guest", id});
}

int main() {
    const auto owner = open_session(42);
    const Session* session = owner.get();
    std::cout << "session " << session->id << " for " << open_session(7)->user << '\n';
}
