// case: the concatenated path is stored in a named string first, so its c_str() and a view of it stay valid.
#include <cstdio>
#include <string>
#include <string_view>

int main() {
    const std::string directory = "/var/log";
    const std::string file = "ownlings.log";
    const std::string full_path = directory + "/" + file;
    const char* path = full_path.c_str();
    std::string_view name = std::string_view(full_path).substr(directory.size() + 1);
    std::printf("opening %s (%.*s)\n", path, static_cast<int>(name.size()), name.data());
}
