// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> sent;
    std::string message = "hello";
    sent.push_back(std::move(message));
    message = "again";
    sent.push_back(std::move(message));
    if (sent.size() > 1)
        message.clear();
    std::cout << message.size() << '\n';
    return 0;
}
