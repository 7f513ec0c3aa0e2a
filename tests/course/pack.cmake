# Tests of the pack part: ownlings_course_test(<name> <sources>)
