// intro3.cpp: your first tested function.
//
// This exercise is graded "test": your file has no `main`. Ownlings compiles it
// together with a test file (intro3_test.cpp) and runs every TEST_CASE in it.
//
// Write `greet` so that it returns "Hello, NAME!" for a name, and
// "Hello, stranger!" for an empty name. The parameter is a `const
// std::string&`: the function only reads the caller's string, it borrows it.

#include <string>

// ownlings: begin locked (the signature the tests call)
std::string greet(const std::string& name)
// ownlings: end locked
{
    if (name.empty())
        return "Hello, stranger!";
    return "Hello, " + name + "!";
}
