// case: a [&] lambda is stored in a member of a local object declared after the captured counter, and called in that scope.
#include <functional>
#include <iostream>

struct Button {
    std::function<void()> on_click;
};

int main() {
    int clicks = 0;
    Button ok;
    ok.on_click = [&clicks] { ++clicks; };
    ok.on_click();
    ok.on_click();
    std::cout << clicks << '\n';
}
