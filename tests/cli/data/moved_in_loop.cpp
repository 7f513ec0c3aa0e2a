// A buffer is moved into a vector in every iteration of a loop.
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> batches;
    std::string buffer = "data";
    for (int i = 0; i < 3; ++i) {
        batches.push_back(std::move(buffer));
    }
    return static_cast<int>(batches.size());
}
