// case: std::move of a const string copies it, so the const original is unchanged and can be printed afterwards.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    const std::string motto = "fearless concurrency";
    std::vector<std::string> posters;
    posters.push_back(std::move(motto)); // expect: move-of-const
    std::cout << motto << " / " << posters.front() << '\n';
}
