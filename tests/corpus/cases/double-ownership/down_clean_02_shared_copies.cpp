// case: a shared_ptr from make_shared is shared by copying it into a vector and a struct member.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

struct Theme {
    std::string name = "dark";
};

struct Window {
    std::shared_ptr<Theme> theme;
};

int main() {
    auto theme = std::make_shared<Theme>();
    Window main_window{theme};
    std::vector<std::shared_ptr<Theme>> users{theme, theme};
    std::shared_ptr<Theme> another = users.back();
    std::cout << main_window.theme->name << ' ' << another.use_count() << '\n';
}
