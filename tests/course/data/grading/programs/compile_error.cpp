#include <string>

int main() {
    std::string name = "Ann";
    int length = name;
    return length;
}
