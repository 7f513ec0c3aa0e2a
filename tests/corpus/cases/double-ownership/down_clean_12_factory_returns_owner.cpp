// case: factories return unique_ptrs by value, and the caller transfers them with std::move only.
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <utility>

struct Plugin {
    std::string name;
};

std::unique_ptr<Plugin> load(const std::string& name) {
    return std::make_unique<Plugin>(Plugin{name});
}

int main() {
    std::map<std::string, std::unique_ptr<Plugin>> registry;
    auto audio = load("audio");
    const Plugin* audio_view = audio.get();
    registry.emplace("audio", std::move(audio));
    registry["video"] = load("video");
    std::cout << audio_view->name << ' ' << registry.size() << '\n';
}
