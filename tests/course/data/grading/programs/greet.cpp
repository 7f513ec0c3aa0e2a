#include <string>

std::string greet(const std::string& name) {
    if (name.empty())
        return "Hello, ";
    return "Hello, " + name;
}
