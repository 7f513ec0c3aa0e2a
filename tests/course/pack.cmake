# Tests of the pack part: ownlings_course_test(<name> <sources>)
ownlings_course_test(pack_loader_test pack_loader_test.cpp pack_test_support.cpp)
ownlings_course_test(pack_location_test pack_location_test.cpp pack_test_support.cpp)
target_compile_definitions(pack_location_test PRIVATE OWNLINGS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
