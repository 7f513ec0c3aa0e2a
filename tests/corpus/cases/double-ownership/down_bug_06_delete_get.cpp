// case: a cleanup path deletes the object behind a unique_ptr's get(), and the unique_ptr deletes it again.
#include <iostream>
#include <memory>
#include <string>

struct Parser {
    std::string input;
};

int parse(const std::string& text) {
    auto parser = std::make_unique<Parser>(Parser{text});
    if (parser->input.empty()) {
        delete parser.get(); // expect: double-ownership,raw-owning-pointer
        return -1;
    }
    return static_cast<int>(parser->input.size());
}

int main() {
    std::cout << parse("abc") << ' ' << parse("") << '\n';
}
