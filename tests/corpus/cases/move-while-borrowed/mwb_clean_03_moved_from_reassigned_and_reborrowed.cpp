// case: a moved-from string is given a new value and borrowed again before the view is used.
#include <iostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

int main() {
    std::vector<std::string> sent;
    std::string draft = "first draft of the weekly status report";
    std::string_view preview = draft;
    std::cout << preview << '\n';
    sent.push_back(std::move(draft));
    draft = "second draft, written after the first one was sent";
    preview = draft;
    std::cout << preview << ' ' << sent.size() << '\n';
}
