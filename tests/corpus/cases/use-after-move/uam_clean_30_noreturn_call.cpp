// case: a message is moved into a [[noreturn]] error function, so the code after the call runs only when no move happened.
#include <cstdlib>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> crash_log;

[[noreturn]] void abort_with(std::string message) {
    crash_log.push_back(std::move(message));
    std::exit(1);
}

int main(int argc, char**) {
    std::string reason = "no input files";
    if (argc > 5) abort_with(std::move(reason));
    std::cout << "not aborted, the reason would have been: " << reason << '\n';
}
