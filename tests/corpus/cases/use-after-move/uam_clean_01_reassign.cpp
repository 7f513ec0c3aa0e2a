// case: a status string is moved into a history list and assigned a fresh value before it is printed again.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> history;
    std::string status = "compiling";
    history.push_back(std::move(status));
    status = "linking"; // a new value: `status` is usable again
    std::cout << "now " << status << '\n';
    history.push_back(std::move(status));
    status = "done";
    std::cout << status << " after " << history.size() << " steps\n";
}
