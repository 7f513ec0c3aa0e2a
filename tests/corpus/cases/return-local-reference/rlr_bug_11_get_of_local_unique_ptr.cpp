// case: a factory creates an object in a local unique_ptr and returns its get(), so the object is deleted on return.
#include <iostream>
#include <memory>
#include <string>

struct Config {
    std::string name;
    int retries = 3;
};

const Config* load_config(const std::string& name) {
    auto config = std::make_unique<Config>(Config{name, 5});
    return config.get(); // expect: return-local-reference
}

int main() {
    const std::string name = "production";
    const Config* config = load_config(name);
    std::cout << config->name << '\n';
}
