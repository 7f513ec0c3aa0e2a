TEST_CASE("greets by name") {
    CHECK(greet("Ann") == "Hello, Ann");
}

TEST_CASE("greets a stranger") {
    CHECK_EQ(greet(""), "Hello, stranger");
}

TEST_CASE("keeps long names") {
    REQUIRE(greet("Bartholomew").size() == 18);
}
