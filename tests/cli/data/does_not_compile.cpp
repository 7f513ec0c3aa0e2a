// A typo: the function is called before it is declared.
#include <string>

int main() {
    std::string s = "text";
    pritn(s);
}
