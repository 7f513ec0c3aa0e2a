// case: a function views into a local string while it works, but returns a new std::string built from the view.
#include <iostream>
#include <string>
#include <string_view>

std::string first_word_upper(const std::string& sentence) {
    std::string copy = sentence;
    for (char& c : copy) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    std::string_view view = copy;
    view = view.substr(0, view.find(' '));
    return std::string(view);
}

int main() {
    std::cout << first_word_upper("borrow checker rules") << '\n';
}
