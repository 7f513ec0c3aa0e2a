// Tests for move5.cpp: the grader includes them after the learner's file.

#include <string>
#include <vector>

TEST_CASE("the caller gets every job in order") {
    std::vector<std::string> queue{"build", "test", "deploy"};
    std::vector<std::string> jobs = takeAll(queue);
    REQUIRE(jobs.size() == 3);
    CHECK_EQ(jobs[0], "build");
    CHECK_EQ(jobs[2], "deploy");
}

TEST_CASE("the queue is empty afterwards") {
    std::vector<std::string> queue{"build", "test"};
    takeAll(queue);
    CHECK(queue.empty());
}

TEST_CASE("the queue can be filled again") {
    std::vector<std::string> queue{"build"};
    takeAll(queue);
    queue.push_back("lint");
    std::vector<std::string> jobs = takeAll(queue);
    REQUIRE(jobs.size() == 1);
    CHECK_EQ(jobs[0], "lint");
}
