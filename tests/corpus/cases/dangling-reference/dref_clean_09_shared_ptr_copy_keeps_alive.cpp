// case: a raw observer of a shared_ptr's object outlives the local shared_ptr, but a copy made in the outer scope keeps the object alive.
#include <iostream>
#include <memory>
#include <string>

struct Config {
    std::string name;
};

int main() {
    std::shared_ptr<Config> keeper;
    const Config* active = nullptr;
    {
        auto loaded = std::make_shared<Config>(Config{"production"});
        keeper = loaded;
        active = loaded.get();
    }
    std::cout << "active config: " << active->name << ' ' << keeper.use_count() << '\n';
}
