// case: a function returns the c_str() of a local string holding a file extension.
#include <cstdio>
#include <string>

const char* extension_of(const std::string& path) {
    const std::string ext = path.substr(path.rfind('.') + 1);
    return ext.c_str(); // expect: return-local-reference
}

int main() {
    std::puts(extension_of("archive.tar.gz"));
}
