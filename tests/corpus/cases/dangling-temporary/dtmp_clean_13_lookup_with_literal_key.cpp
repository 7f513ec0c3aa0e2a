// case: a lookup takes its key as const std::string& and returns a pointer into a static table, called with a string literal.
#include <iostream>
#include <map>
#include <string>

struct Config {
    int retries = 0;
    int timeout = 0;
};

const Config* find_config(const std::string& name) {
    static const std::map<std::string, Config> configs{{"production", {5, 30}}, {"test", {1, 5}}};
    auto it = configs.find(name);
    return it == configs.end() ? nullptr : &it->second;
}

int main() {
    const Config* config = find_config("production");
    if (config != nullptr) std::cout << config->retries << ' ' << config->timeout << '\n';
}
