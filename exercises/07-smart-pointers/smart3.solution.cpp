// smart3.cpp: sharing the wrong way.
//
// Two windows share one Settings object through std::shared_ptr: the object
// lives until the last owner lets go. But the second shared_ptr is built from
// the raw pointer that `.get()` returns. That starts a second, independent
// count, and each count deletes the Settings when it reaches zero: twice.
//
// Share the Settings the way shared_ptr is meant to be shared: by copying the
// shared_ptr itself (Rust: `Rc::clone(&settings)`).

#include <iostream>
#include <memory>
#include <string>

struct Settings {
    std::string theme;
};

struct Window {
    std::string title;
    std::shared_ptr<Settings> settings;
};

int main() {
    auto settings = std::make_shared<Settings>(Settings{"dark"});
    Window editor{"editor", settings};
    Window preview{"preview", settings}; // a copy: one count, three owners

    // ownlings: begin locked
    std::cout << editor.title << ": " << editor.settings->theme << '\n';
    std::cout << preview.title << ": " << preview.settings->theme << '\n';
    std::cout << "owners: " << settings.use_count() << '\n';
    return 0;
}
// ownlings: end locked
