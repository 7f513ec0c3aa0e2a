// Does this program pass the checker? If not, on which line is the finding?

#include <iostream>
#include <map>
#include <string>

int main() {
    std::map<std::string, int> stock{{"apples", 3}};
    int& apples = stock["apples"];
    stock["pears"] = 5;
    stock.emplace("plums", 2);
    apples += 1;
    std::cout << apples << '\n';
    return 0;
}
