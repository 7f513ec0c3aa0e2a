// disc3.cpp: two moves that do not help.
//
// `buildReport` has two std::move calls, and neither does what it seems to.
// One moves a const string, which silently copies it. The other moves the
// returned local, which prevents copy elision. The `move-of-const` and
// `pessimizing-move` rules are on.
//
// Make every std::move that stays in the function a real move, and return the
// local the plain way.

#include <iostream>
#include <string>
#include <utility>
#include <vector>

std::vector<std::string> buildReport(const std::string& title) {
    std::vector<std::string> lines;
    std::string header = "== " + title + " =="; // not const: it is moved
    lines.push_back(std::move(header));
    lines.push_back("all systems nominal");
    return lines;
}

// ownlings: begin locked
int main() {
    for (const std::string& line : buildReport("status"))
        std::cout << line << '\n';
    return 0;
}
// ownlings: end locked
