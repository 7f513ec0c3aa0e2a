// case: one case of a switch moves a command and returns, so the code after the switch never sees a moved-from command.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

enum class Mode { Queue, Print };

int handle(std::vector<std::string>& queue, std::string command, Mode mode) {
    switch (mode) {
    case Mode::Queue:
        queue.push_back(std::move(command));
        return 1;
    case Mode::Print:
        break;
    }
    command += '\n';
    std::cout << command;
    return 0;
}

int main() {
    std::vector<std::string> queue;
    int queued = handle(queue, "make all", Mode::Queue);
    queued += handle(queue, "make test", Mode::Print);
    std::cout << queued << ' ' << queue.size() << '\n';
}
