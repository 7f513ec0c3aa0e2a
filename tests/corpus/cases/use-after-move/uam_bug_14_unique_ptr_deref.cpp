// case: two unique_ptrs are moved to new owners and then used through -> and * as if they still owned their objects.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Texture {
    std::string file;
    int width = 0;
};

int main() {
    auto background = std::make_unique<Texture>(Texture{"sky.png", 1024});
    auto icon = std::make_unique<Texture>(Texture{"icon.png", 32});

    std::vector<std::unique_ptr<Texture>> loaded;
    loaded.push_back(std::move(background));
    std::unique_ptr<Texture> cursor = std::move(icon);

    std::cout << background->file << '\n'; // expect: use-after-move
    Texture copy = *icon; // expect: use-after-move
    std::cout << copy.width << ' ' << cursor->width << ' ' << loaded.size() << '\n';
}
