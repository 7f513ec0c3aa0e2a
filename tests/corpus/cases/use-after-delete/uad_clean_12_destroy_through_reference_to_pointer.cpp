// case: a helper takes the pointer by reference, deletes the object and nulls the caller's pointer, which is then only tested (no use-after-delete).
#include <iostream>
#include <string>

struct Session {
    std::string user;
};

void close_session(Session*& session) {
    delete session; // expect: raw-owning-pointer
    session = nullptr;
}

int main() {
    Session* session = new Session{"ferris"}; // expect: raw-owning-pointer
    std::cout << "closing session of " << session->user << '\n';
    close_session(session);
    if (session) {
        std::cout << session->user << '\n';
    } else {
        std::cout << "session closed\n";
    }
}
