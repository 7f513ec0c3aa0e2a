// intro2.cpp: your first finding.
//
// This program compiles and even runs, but the checker reports a finding. Grade
// it and read the finding from the top: the rule id in brackets, the line
// marked with ^^^^ (where it goes wrong) and the labels marked with ---- (what
// set it up). The program should print the greeting, then the log's size.
//
// Fix the program so that the checker is happy and it prints:
//
//     Hello
//     1

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main() {
    std::string greeting = "Hello";
    std::vector<std::string> log;

    log.push_back(std::move(greeting));

    // ownlings: begin locked (what the program prints)
    std::cout << greeting << '\n';
    std::cout << log.size() << '\n';
    // ownlings: end locked
    return 0;
}
