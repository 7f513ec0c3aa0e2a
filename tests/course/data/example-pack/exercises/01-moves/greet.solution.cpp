// Greet by name: greet_test.cpp calls greet().
#include <string>

// ownlings: begin locked (the signature)
std::string greet(const std::string& name)
// ownlings: end locked
{
    return "Hello, " + (name.empty() ? std::string("stranger") : name);
}
