// case: the second parameter is taken by value and changed, so passing the same string twice hands over a copy.
#include <iostream>
#include <string>

void append_shouted(std::string& out, std::string piece) {
    piece += "!";
    out += piece;
}

int main() {
    std::string word = "hey";
    append_shouted(word, word);
    std::cout << word << '\n';
}
