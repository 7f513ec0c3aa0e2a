// case: a function loops with structured bindings over a map it built locally and returns a reference to a key it found.
#include <iostream>
#include <map>
#include <string>
#include <utility>
#include <vector>

const std::string& top_student(const std::vector<std::pair<std::string, int>>& results) {
    std::map<std::string, int> best;
    for (const auto& [name, score] : results) {
        if (score > best[name]) best[name] = score;
    }
    for (const auto& [name, score] : best) {
        if (score >= 90) return name; // expect: return-local-reference
    }
    static const std::string nobody = "nobody";
    return nobody;
}

int main() {
    const std::vector<std::pair<std::string, int>> results{{"ann", 72}, {"bob", 95}, {"ann", 88}};
    std::cout << top_student(results) << '\n';
}
