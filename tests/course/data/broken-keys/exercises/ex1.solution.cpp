#include <string>
#include <utility>

int main() {
    std::string a = "a";
    std::string b = std::move(a);
    return static_cast<int>(a.size() + b.size());
}
