// case: moving a unique_ptr hands over the heap object without moving it, so a reference to that object stays valid.
#include <iostream>
#include <memory>
#include <string>
#include <utility>

struct Widget {
    std::string label;
};

int main() {
    auto widget = std::make_unique<Widget>(Widget{"OK button"});
    const Widget& shown = *widget;
    std::unique_ptr<Widget> owner = std::move(widget);
    std::cout << shown.label << ' ' << owner->label.size() << '\n';
}
