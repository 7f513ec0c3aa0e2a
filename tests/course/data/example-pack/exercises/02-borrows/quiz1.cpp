// Does this program pass the checker? If not, on which line is the first finding?
#include <string>
#include <utility>

int main() {
    std::string a = "apple";
    std::string b = std::move(a);
    a = "avocado";
    std::string c = std::move(b);
    return static_cast<int>(a.size() + b.size());
}
