// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <string>

const std::string& longest(const std::string& x, const std::string& y) {
    return x.size() >= y.size() ? x : y;
}

int main() {
    std::string title = "Ownership";
    std::cout << longest(title, std::string("Borrowing rules")) << '\n';
    std::cout << longest(title, "Moves") << '\n';
    return 0;
}
