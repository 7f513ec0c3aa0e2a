// raii1.cpp: plug the leak on the early return.
//
// `load` creates a Config with `new` and deletes it at the end. Then someone
// added a shortcut for quiet mode, and on that path the Config is never
// deleted: a leak. The checker's `leak` rule is on for this exercise.
//
// Make `load` free its Config on every path. Better still, let an owner do it
// for you: a plain local or a std::unique_ptr cannot forget. The program must
// still print 0 and then 2.

#include <iostream>

struct Config {
    int verbosity = 0;
};

int load(bool quiet) {
    Config* config = new Config{};
    if (quiet)
        return 0;
    config->verbosity = 2;
    int verbosity = config->verbosity;
    delete config;
    return verbosity;
}

// ownlings: begin locked
int main() {
    std::cout << load(true) << '\n';
    std::cout << load(false) << '\n';
    return 0;
}
// ownlings: end locked
