// case: a string is moved in the then-branch and read only in the else-branch of the same if statement.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char**) {
    std::vector<std::string> accepted;
    std::string submission = "patch-42.diff";
    if (argc > 1) {
        accepted.push_back(std::move(submission));
    } else {
        std::cout << "rejected " << submission << '\n';
    }
    std::cout << accepted.size() << '\n';
}
