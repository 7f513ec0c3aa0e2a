// case: release() gives up ownership before the pointer is handed to exactly one new owner.
#include <iostream>
#include <memory>
#include <string>

struct Buffer {
    std::string bytes = "data";
};

int main() {
    auto staging = std::make_unique<Buffer>();
    std::unique_ptr<Buffer> committed(staging.release());

    auto scratch = std::make_unique<Buffer>();
    Buffer* raw = scratch.release();
    std::shared_ptr<Buffer> shared(raw);

    std::cout << committed->bytes << ' ' << shared->bytes << ' ' << (staging == nullptr) << '\n';
}
