// case: a factory returns its new object to the caller, which deletes it.
#include <iostream>
#include <string>

struct Token {
    std::string text;
};

Token* make_token(int n) {
    Token* token = new Token; // expect: raw-owning-pointer
    token->text = "tok" + std::to_string(n);
    return token;
}

int main() {
    Token* token = make_token(3);
    std::cout << token->text << '\n';
    delete token; // expect: raw-owning-pointer
}
