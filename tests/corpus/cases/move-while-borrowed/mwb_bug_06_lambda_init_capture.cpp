// case: a string is moved into a callback's init-capture while a string_view of it is still printed afterwards.
#include <functional>
#include <iostream>
#include <string>
#include <string_view>
#include <utility>

int main() {
    std::string report = "weekly report: all systems nominal";
    std::string_view headline = report;
    std::function<void()> send = [text = std::move(report)] { std::cout << "sending " << text << '\n'; };
    send();
    std::cout << "headline: " << headline << '\n'; // expect: move-while-borrowed
}
