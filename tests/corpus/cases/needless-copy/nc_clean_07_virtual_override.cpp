// case: an override must keep the base class's by-value signature, so it is not reported.
#include <iostream>
#include <memory>
#include <string>

struct Logger {
    virtual ~Logger() = default;
    virtual void log(std::string message) = 0;
};

struct ConsoleLogger : Logger {
    void log(std::string message) override { std::cout << message << '\n'; }
};

int main() {
    std::unique_ptr<Logger> logger = std::make_unique<ConsoleLogger>();
    logger->log("started");
}
