// case: a function moves a parameter on an early-return branch and uses it only on the path where it was not moved.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

bool file_or_print(std::vector<std::string>& errors, std::string line) {
    if (line.rfind("error:", 0) == 0) {
        errors.push_back(std::move(line));
        return false;
    }
    std::cout << "ok: " << line << '\n';
    return true;
}

int main() {
    std::vector<std::string> errors;
    file_or_print(errors, "error: missing semicolon");
    file_or_print(errors, "compiled main.cpp");
    std::cout << errors.size() << '\n';
}
