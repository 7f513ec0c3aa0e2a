// case: the read-only argument is a copy made before the call, so the output and the input are different strings.
#include <iostream>
#include <string>

void append_twice(std::string& out, const std::string& piece) {
    out += piece;
    out += piece;
}

int main() {
    std::string word = "ab";
    const std::string piece = word;
    append_twice(word, piece);
    std::cout << word << '\n';
}
