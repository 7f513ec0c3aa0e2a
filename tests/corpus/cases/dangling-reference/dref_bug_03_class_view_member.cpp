// case: a logger keeps a string_view prefix to a string from an inner block and logs after that string is gone.
#include <iostream>
#include <string>
#include <string_view>

class Logger {
public:
    explicit Logger(std::string_view prefix) : prefix_(prefix) {}
    void log(std::string_view message) const { std::cout << '[' << prefix_ << "] " << message << '\n'; }

private:
    std::string_view prefix_;
};

int main() {
    Logger logger("main");
    {
        std::string module = std::string("net") + "work";
        logger = Logger(module);
        logger.log("connected");
    }
    logger.log("shutting down"); // expect: dangling-reference
}
