// case: a raw pointer is taken with get() from a unique_ptr temporary that deletes its object at the end of the statement.
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
    const Session* session = open_session(42).get();
    std::cout << "session " << session->id << '\n'; // expect: dangling-temporary
}
