// case: a second unique_ptr is built from another unique_ptr's get().
#include <iostream>
#include <memory>

struct Texture {
    int width = 64;
};

int main() {
    auto texture = std::make_unique<Texture>();
    std::unique_ptr<Texture> backup(texture.get()); // expect: double-ownership
    std::cout << texture->width << ' ' << backup->width << '\n';
}
