// life5.cpp: a getter on a temporary.
//
// `Config::host()` returns a reference to a member. That is a fine getter:
// the reference is valid as long as the Config is. But `main` calls it on the
// temporary that `loadConfig()` returns, and that Config is destroyed at the
// end of the statement. `host` refers into it.
//
// Fix `main`, not the class.

#include <iostream>
#include <string>

// ownlings: begin locked
class Config {
public:
    explicit Config(std::string host) : m_host(std::move(host)) {}
    const std::string& host() const { return m_host; }

private:
    std::string m_host;
};

Config loadConfig() {
    return Config("example.org:8080");
}
// ownlings: end locked

int main() {
    const std::string& host = loadConfig().host();

    // ownlings: begin locked
    std::cout << "connecting to " << host << '\n';
    return 0;
}
// ownlings: end locked
