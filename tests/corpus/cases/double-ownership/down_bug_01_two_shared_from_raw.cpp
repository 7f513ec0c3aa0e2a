// case: one raw pointer from new is wrapped in two separate shared_ptrs, giving the object two control blocks.
#include <iostream>
#include <memory>
#include <string>

struct Session {
    std::string user = "ann";
};

int main() {
    Session* raw = new Session; // expect: raw-owning-pointer
    std::shared_ptr<Session> cache(raw);
    std::shared_ptr<Session> active(raw); // expect: double-ownership
    std::cout << cache->user << ' ' << active.use_count() << '\n';
}
