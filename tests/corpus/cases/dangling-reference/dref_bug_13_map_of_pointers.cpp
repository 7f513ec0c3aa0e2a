// case: a registry map stores a pointer to a block-local widget and looks it up after the widget is gone.
#include <iostream>
#include <map>
#include <string>

struct Widget {
    std::string caption;
};

int main() {
    std::map<std::string, const Widget*> registry;
    {
        Widget ok_button{"OK"};
        registry["ok"] = &ok_button;
        std::cout << "registered " << registry.size() << '\n';
    }
    std::cout << registry.at("ok")->caption << '\n'; // expect: dangling-reference
}
