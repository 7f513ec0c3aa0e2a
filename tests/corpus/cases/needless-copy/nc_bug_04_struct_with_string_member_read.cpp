// case: a struct holding strings is copied to read one of its numbers.
#include <iostream>
#include <string>

struct Book {
    std::string title;
    std::string author;
    int pages = 0;
};

bool is_long(Book book) { // expect: needless-copy
    return book.pages > 400;
}

int main() {
    Book book{"The Rust Programming Language", "Klabnik", 552};
    std::cout << is_long(book) << '\n';
}
