// dangle5.cpp: a C string from a temporary.
//
// `openLog` builds a path and hands a `const char*` to a C-style function.
// `.c_str()` is a pointer into the string's characters, and the string here
// is the temporary result of `directory + "/" + file`, which dies at the end
// of its statement. By the time `describe` reads the path, it is gone.
//
// Keep the path alive for as long as the pointer is used.

#include <cstdio>
#include <string>

void describe(const char* path) {
    std::printf("opening %s\n", path);
}

void openLog(const std::string& directory, const std::string& file) {
    const char* path = (directory + "/" + file).c_str();
    describe(path);
}

// ownlings: begin locked
int main() {
    openLog("/var/log", "ownlings.log");
    return 0;
}
// ownlings: end locked
