# Tests of the check-worker protocol (app/course/check_protocol.h, check_worker.h).
ownlings_course_test(check_protocol_test check_protocol_test.cpp)
