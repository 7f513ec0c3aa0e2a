// closure2.cpp: a click handler with a dangling prefix.
//
// `attachLogger` gives a button a click handler that prints a prefix. The
// handler is stored in the button, which lives on in `main`, but it captures
// `prefix` by reference, and `prefix` is a local of `attachLogger`. When the
// button is clicked, the prefix has long been destroyed.
//
// Make the handler own everything it uses.

#include <functional>
#include <iostream>
#include <string>

struct Button {
    std::string label;
    std::function<void()> onClick;
};

void attachLogger(Button& button) {
    std::string prefix = "clicked: ";
    button.onClick = [&] { std::cout << prefix << button.label << '\n'; };
}

// ownlings: begin locked
int main() {
    Button save{"Save", {}};
    attachLogger(save);
    save.onClick();
    save.onClick();
    return 0;
}
// ownlings: end locked
