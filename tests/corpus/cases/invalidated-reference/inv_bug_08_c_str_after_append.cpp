// case: a c_str() pointer of a log message is printed after append grew the string.
#include <cstdio>
#include <string>

int main() {
    std::string message = "error";
    const char* text = message.c_str();
    message.append(": the configuration file could not be opened for reading");
    std::printf("%s\n", text); // expect: invalidated-reference
}
