// case: a function adds an extension to its by-value string parameter and returns the parameter's c_str().
#include <cstdio>
#include <string>

const char* with_extension(std::string file) {
    if (file.find('.') == std::string::npos) file += ".txt";
    return file.c_str(); // expect: return-local-reference
}

int main() {
    std::puts(with_extension("notes"));
}
