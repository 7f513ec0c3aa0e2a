// case: a title and a body are both moved into an aggregate, and both originals are printed afterwards.
#include <iostream>
#include <string>
#include <utility>

struct Email {
    std::string subject;
    std::string body;
};

int main() {
    std::string subject = "Release 1.0";
    std::string body = "We shipped it!";
    Email mail{std::move(subject), std::move(body)};
    std::cout << "subject: " << subject << '\n'; // expect: use-after-move
    std::cout << body.size() << " bytes\n"; // expect: use-after-move
    std::cout << mail.subject << '\n';
}
