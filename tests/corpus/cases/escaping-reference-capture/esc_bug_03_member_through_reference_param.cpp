// case: a setup function stores a lambda capturing its local counter by reference in a member of a button the caller owns.
#include <functional>
#include <iostream>

struct Button {
    std::function<void()> on_click;
};

void wire_up(Button& button) {
    int clicks = 0;
    button.on_click = [&clicks] { std::cout << "clicked " << ++clicks << " times\n"; }; // expect: escaping-reference-capture
}

int main() {
    Button ok;
    wire_up(ok);
    ok.on_click();
    ok.on_click();
}
