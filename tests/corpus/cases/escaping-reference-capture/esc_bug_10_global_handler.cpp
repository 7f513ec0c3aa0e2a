// case: a function installs a lambda capturing its local retry budget by reference into a global std::function.
#include <functional>
#include <iostream>

std::function<void()> g_on_error;

void install_handler(int retries) {
    int remaining = retries;
    g_on_error = [&remaining] { std::cout << "retries left: " << --remaining << '\n'; }; // expect: escaping-reference-capture
}

int main() {
    install_handler(3);
    g_on_error();
}
