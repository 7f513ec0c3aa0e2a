// case: the get() of a unique_ptr declared in an inner block is used after the block deleted the object.
#include <iostream>
#include <memory>
#include <string>

struct Window {
    std::string title;
    int width = 0;
};

int main() {
    const Window* focused = nullptr;
    {
        auto settings = std::make_unique<Window>(Window{"Settings", 640});
        focused = settings.get();
        std::cout << "opened " << focused->title << '\n';
    }
    std::cout << "focused width: " << focused->width << '\n'; // expect: dangling-reference
}
