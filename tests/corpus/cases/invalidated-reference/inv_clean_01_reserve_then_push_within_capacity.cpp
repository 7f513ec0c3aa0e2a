// case: capacity for four entries is reserved first, so a reference taken after the first push_back survives three more.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> log;
    log.reserve(4);
    log.push_back("boot");
    const std::string& first = log.front();
    log.push_back("load config");
    log.emplace_back("open socket");
    log.push_back("ready");
    std::cout << "first entry: " << first << '\n';
}
