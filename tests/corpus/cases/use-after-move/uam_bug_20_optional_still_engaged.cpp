// case: a std::optional is moved from and then tested; a moved-from optional still holds a (moved-from) value, so the test is true.
#include <iostream>
#include <optional>
#include <string>
#include <utility>

int main() {
    std::optional<std::string> pending = "upload.zip";
    std::optional<std::string> running = std::move(pending);
    // Unlike unique_ptr, the optional is not emptied by the move.
    if (pending) { // expect: use-after-move
        std::cout << "still pending\n";
    }
    std::cout << running.value_or("none") << '\n';
}
