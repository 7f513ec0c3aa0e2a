// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <string>
#include <utility>

int main() {
    std::string city = "Oslo";
    std::string copy = city;
    std::string moved = std::move(copy);
    std::cout << city << ' ' << moved << '\n';
    std::cout << copy.size() << '\n';
    return 0;
}
