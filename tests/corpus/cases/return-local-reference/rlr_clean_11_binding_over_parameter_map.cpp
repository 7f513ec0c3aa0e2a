// case: a function loops with structured bindings over a map passed by reference and returns a reference to a key in it.
#include <iostream>
#include <map>
#include <string>

const std::string& top_student(const std::map<std::string, int>& best) {
    for (const auto& [name, score] : best) {
        if (score >= 90) return name;
    }
    static const std::string nobody = "nobody";
    return nobody;
}

int main() {
    const std::map<std::string, int> best{{"ann", 88}, {"bob", 95}};
    std::cout << top_student(best) << '\n';
}
