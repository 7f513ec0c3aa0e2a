// case: functions return references to function-local statics and views and pointers to string literals and globals.
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <string_view>

const std::map<int, std::string> status_names{{200, "OK"}, {404, "Not Found"}};

const std::string& default_user() {
    static const std::string user = "guest";
    return user;
}

std::string_view level_name(int level) {
    if (level > 2) return "error";
    return level > 1 ? "warning" : "info";
}

const char* status_text(int code) {
    auto it = status_names.find(code);
    return it == status_names.end() ? "unknown" : it->second.c_str();
}

int main() {
    std::cout << default_user() << ' ' << level_name(3) << '\n';
    std::puts(status_text(404));
}
