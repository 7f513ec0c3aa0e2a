// Tests for intro3.cpp: the grader includes them after the learner's file.

#include <string>

TEST_CASE("greets by name") {
    CHECK_EQ(greet("Ann"), "Hello, Ann!");
    CHECK_EQ(greet("Ferris"), "Hello, Ferris!");
}

TEST_CASE("greets a stranger") {
    CHECK_EQ(greet(""), "Hello, stranger!");
}
