// case: a raw observer from get() stays valid after its unique_ptr is moved into a vector that outlives the block.
#include <iostream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

struct Widget {
    std::string label;
};

int main() {
    std::vector<std::unique_ptr<Widget>> widgets;
    Widget* focused = nullptr;
    {
        auto button = std::make_unique<Widget>(Widget{"ok"});
        focused = button.get();
        widgets.push_back(std::move(button));
    }
    std::cout << focused->label << ' ' << widgets.size() << '\n';
}
