// Does this program pass the checker? If not, on which line is the finding?
// (Only the bug rules are on.)

#include <iostream>
#include <string>
#include <string_view>

std::string_view domainOf(std::string_view email) {
    return email.substr(email.find('@') + 1);
}

int main() {
    std::string email = "ferris@rust-lang.org";
    std::string_view domain = domainOf(email);
    std::cout << domain << '\n';
    return 0;
}
