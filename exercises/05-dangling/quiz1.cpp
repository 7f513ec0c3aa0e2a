// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <string>
#include <string_view>

std::string makeTitle() {
    return "The Book";
}

int main() {
    const std::string& title = makeTitle();
    std::string_view shortTitle = title;
    std::string_view subtitle = makeTitle() + ", 2nd edition";
    std::cout << shortTitle << '\n';
    std::cout << subtitle << '\n';
    return 0;
}
