# Tests of the grading part: ownlings_course_test(<name> <sources>)
ownlings_course_test(sandbox_test sandbox_test.cpp)
# The fallback for machines without bubblewrap: limits and the unprivileged user still hold.
add_test(NAME course/sandbox_test_without_bwrap COMMAND sandbox_test)
set_tests_properties(course/sandbox_test_without_bwrap PROPERTIES LABELS course TIMEOUT 300 ENVIRONMENT OWNLINGS_NO_BWRAP=1)
ownlings_course_test(grading_parsers_test grading_parsers_test.cpp)
ownlings_course_test(grader_test grader_test.cpp)
