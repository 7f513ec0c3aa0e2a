// case: get() is first copied into a raw pointer variable, which later becomes a second unique_ptr.
#include <iostream>
#include <memory>

struct Image {
    int pixels = 1024;
};

int main() {
    auto image = std::make_unique<Image>();
    Image* view = image.get();
    std::cout << view->pixels << '\n';
    std::unique_ptr<Image> thumbnail(view); // expect: double-ownership
    std::cout << thumbnail->pixels << ' ' << image->pixels << '\n';
}
