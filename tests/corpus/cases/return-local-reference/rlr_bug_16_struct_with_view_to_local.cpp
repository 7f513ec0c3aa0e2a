// case: a function returns by value a struct whose string_view member refers to a string local to the function.
#include <iostream>
#include <string>
#include <string_view>

struct Token {
    std::string_view text;
    int line;
};

Token read_token(int line) {
    const std::string text = "identifier_" + std::to_string(line);
    return Token{text, line}; // expect: return-local-reference
}

int main() {
    const Token tok = read_token(3);
    std::cout << tok.line << ": " << tok.text << '\n';
}
