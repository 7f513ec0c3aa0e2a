// case: a struct's string_view member is assigned from a substr() of a string returned by value, then printed later.
#include <iostream>
#include <string>
#include <string_view>

struct FileInfo {
    std::string_view extension;
    int size = 0;
};

std::string file_name() {
    return "quarterly_report_2024.pdf";
}

int main() {
    FileInfo info;
    info.size = 2048;
    info.extension = file_name().substr(22);
    std::cout << "type: " << info.extension << ", " << info.size << " bytes\n"; // expect: dangling-temporary
}
