// case: a class stores its new object in a member and deletes it in the destructor, with copying disabled.
#include <iostream>
#include <string>

struct Log {
    std::string lines;
};

class Logger {
public:
    Logger() : log_(new Log) {} // expect: raw-owning-pointer
    ~Logger() { delete log_; } // expect: raw-owning-pointer
    Logger(const Logger&) = delete;
    Logger& operator=(const Logger&) = delete;

    void write(const std::string& line) { log_->lines += line + "\n"; }
    const std::string& text() const { return log_->lines; }

private:
    Log* log_;
};

int main() {
    Logger logger;
    logger.write("started");
    logger.write("stopped");
    std::cout << logger.text();
}
