// case: the get() of a unique_ptr is taken in an inner block, but the unique_ptr itself lives in the outer scope.
#include <iostream>
#include <memory>
#include <string>

struct Window {
    std::string title;
    int width = 0;
};

int main() {
    auto main_window = std::make_unique<Window>(Window{"Editor", 1280});
    const Window* focused = nullptr;
    {
        const bool editor_has_focus = main_window->width > 800;
        if (editor_has_focus) focused = main_window.get();
    }
    if (focused) std::cout << "focused: " << focused->title << '\n';
}
