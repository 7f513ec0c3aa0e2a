// case: a later member initializer reads a parameter that an earlier initializer in the same list already moved.
#include <cstddef>
#include <iostream>
#include <string>
#include <utility>

class Label {
public:
    explicit Label(std::string text)
        : text_(std::move(text)),
          width_(text.size()) {} // expect: use-after-move

    std::size_t width() const { return width_; }
    const std::string& text() const { return text_; }

private:
    std::string text_;   // initialised first: declared first
    std::size_t width_;
};

int main() {
    Label label("Submit");
    std::cout << label.text() << ' ' << label.width() << '\n';
}
