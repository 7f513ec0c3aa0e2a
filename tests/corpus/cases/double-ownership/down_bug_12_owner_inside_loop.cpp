// case: a unique_ptr is constructed from the same raw pointer on every iteration of a loop.
#include <iostream>
#include <memory>

struct Config {
    int verbosity = 2;
};

int main() {
    Config* config = new Config; // expect: raw-owning-pointer
    for (int worker = 0; worker < 3; ++worker) {
        std::unique_ptr<Config> guard(config); // expect: double-ownership
        std::cout << worker << ' ' << guard->verbosity << '\n';
    }
}
