// case: a moved-from unique_ptr is tested for null through get() in an if condition, which only asks whether it is empty.
#include <iostream>
#include <memory>
#include <string>
#include <utility>

struct Document {
    std::string title;
};

int main() {
    auto doc = std::make_unique<Document>(Document{"notes.txt"});
    auto editor_copy = std::move(doc);
    if (doc.get()) {
        std::cout << "still open\n";
    } else {
        std::cout << "handed to the editor: " << editor_copy->title << '\n';
    }
}
