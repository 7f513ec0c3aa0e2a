// case: a pointer to a value found in a std::map is kept after the block that owns the map has ended.
#include <iostream>
#include <map>
#include <string>

int main() {
    const int* port = nullptr;
    {
        std::map<std::string, int> settings{{"host", 0}, {"port", 8080}};
        auto it = settings.find("port");
        if (it != settings.end()) {
            port = &it->second;
        }
    }
    if (port != nullptr) {
        std::cout << "port " << *port << '\n'; // expect: dangling-reference
    }
}
