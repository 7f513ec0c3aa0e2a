// case: a weak_ptr observes a shared object and locks it to use it, without becoming a second owner.
#include <iostream>
#include <memory>
#include <string>

struct Player {
    std::string name = "ferris";
};

int main() {
    std::weak_ptr<Player> observer;
    {
        auto player = std::make_shared<Player>();
        observer = player;
        if (auto locked = observer.lock()) std::cout << locked->name << '\n';
    }
    std::cout << (observer.expired() ? "gone" : "alive") << '\n';
}
