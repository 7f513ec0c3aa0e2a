# Tests of the pack part: ownlings_course_test(<name> <sources>)
ownlings_course_test(pack_loader_test pack_loader_test.cpp pack_test_support.cpp)
