TEST_CASE("greets by name") {
    CHECK_EQ(greet("Ann"), "Hello, Ann");
}

TEST_CASE("greets a stranger") {
    CHECK_EQ(greet(""), "Hello, stranger");
}
