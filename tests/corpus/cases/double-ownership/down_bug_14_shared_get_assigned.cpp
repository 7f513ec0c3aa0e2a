// case: a shared_ptr member is assigned a new shared_ptr built from another shared_ptr's get().
#include <iostream>
#include <memory>
#include <string>

struct Theme {
    std::string name = "dark";
};

struct Window {
    std::shared_ptr<Theme> theme;
};

int main() {
    auto theme = std::make_shared<Theme>();
    Window window;
    window.theme = std::shared_ptr<Theme>(theme.get()); // expect: double-ownership
    std::cout << window.theme->name << ' ' << theme.use_count() << '\n';
}
