// case: a lambda capturing a local draft by reference is handed to a setter that stores it in the caller's dialog.
#include <functional>
#include <iostream>
#include <string>
#include <utility>

class Dialog {
public:
    void set_on_close(std::function<void()> handler) { on_close_ = std::move(handler); }
    void close() const {
        if (on_close_) on_close_();
    }

private:
    std::function<void()> on_close_;
};

void open_editor(Dialog& dialog) {
    std::string draft = "unsaved text";
    dialog.set_on_close([&draft] { std::cout << "discarding " << draft << '\n'; }); // expect: escaping-reference-capture
}

int main() {
    Dialog dialog;
    open_editor(dialog);
    dialog.close();
}
