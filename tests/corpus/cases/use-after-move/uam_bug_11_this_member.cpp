// case: a method moves a member out of the object and then reads the same member to log its size.
#include <iostream>
#include <string>
#include <utility>

class Editor {
public:
    void type(const std::string& text) { buffer_ += text; }

    std::string save() {
        std::string saved = std::move(buffer_);
        std::cout << "saved " << buffer_.size() << " characters\n"; // expect: use-after-move
        return saved;
    }

private:
    std::string buffer_;
};

int main() {
    Editor editor;
    editor.type("fn main() {}");
    std::cout << editor.save() << '\n';
}
