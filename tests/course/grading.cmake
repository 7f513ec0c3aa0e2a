# Tests of the grading part: ownlings_course_test(<name> <sources>)
ownlings_course_test(sandbox_test sandbox_test.cpp)
ownlings_course_test(grading_parsers_test grading_parsers_test.cpp)
ownlings_course_test(grader_test grader_test.cpp)
