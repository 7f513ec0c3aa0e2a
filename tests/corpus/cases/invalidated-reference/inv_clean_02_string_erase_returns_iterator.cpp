// case: spaces are removed from a string with it = s.erase(it), re-obtaining the iterator every time.
#include <iostream>
#include <string>

int main() {
    std::string text = "o w n e r s h i p";
    for (auto it = text.begin(); it != text.end();) {
        if (*it == ' ') {
            it = text.erase(it);
        } else {
            ++it;
        }
    }
    std::cout << text << '\n';
}
