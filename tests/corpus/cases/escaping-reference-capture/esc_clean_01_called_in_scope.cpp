// case: a [&] lambda kept in a local variable is only called inside the scope of what it captures.
#include <iostream>
#include <string>
#include <vector>

int main() {
    std::vector<std::string> words{"borrow", "check", "me"};
    std::size_t longest = 0;
    std::string joined;
    auto visit = [&](const std::string& w) {
        if (w.size() > longest) longest = w.size();
        joined += w;
    };
    for (const auto& w : words) visit(w);
    std::cout << longest << ' ' << joined << '\n';
}
