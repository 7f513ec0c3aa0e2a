// A check worker for tests: the real one, except that a source containing
// CRASH_THE_WORKER makes it abort and HANG_THE_WORKER makes it stop answering.
#include "app/course/check_worker.h"

#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

int main() {
    ownlings::course::CheckWorker worker;
    std::string line;
    while (std::getline(std::cin, line)) {
        if (line.find("CRASH_THE_WORKER") != std::string::npos) std::abort();
        if (line.find("HANG_THE_WORKER") != std::string::npos) std::this_thread::sleep_for(std::chrono::hours(1));
        const QByteArray reply = worker.handle(QByteArray::fromStdString(line));
        std::cout.write(reply.constData(), reply.size()).flush();
    }
}
