// case: a parsing factory allocates its result, then returns nullptr on a bad line without deleting it.
#include <iostream>
#include <string>

struct Setting {
    std::string key;
    std::string value;
};

Setting* parse_setting(const std::string& line) {
    Setting* setting = new Setting; // expect: raw-owning-pointer
    const auto eq = line.find('=');
    if (eq == std::string::npos) {
        return nullptr; // expect: leak
    }
    setting->key = line.substr(0, eq);
    setting->value = line.substr(eq + 1);
    return setting;
}

int main() {
    Setting* good = parse_setting("mode=fast");
    Setting* bad = parse_setting("garbage");
    std::cout << good->value << ' ' << (bad == nullptr) << '\n';
    delete good; // expect: raw-owning-pointer
}
