// case: a method moves a member buffer out and clears it before the member is used again.
#include <iostream>
#include <string>
#include <utility>

class Logger {
public:
    void write(const std::string& line) { buffer_ += line + '\n'; }

    std::string take() {
        std::string out = std::move(buffer_);
        buffer_.clear(); // back to a known empty state
        std::cout << "buffer now holds " << buffer_.size() << " characters\n";
        return out;
    }

private:
    std::string buffer_;
};

int main() {
    Logger log;
    log.write("started");
    log.write("stopped");
    std::cout << log.take();
}
