// case: the c_str() of a concatenated path is kept in a pointer and used after the temporary string is gone.
#include <cstdio>
#include <string>

int main() {
    const std::string directory = "/var/log";
    const std::string file = "ownlings.log";
    const char* path = (directory + "/" + file).c_str();
    std::printf("opening %s\n", path); // expect: dangling-temporary
}
