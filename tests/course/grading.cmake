# Tests of the grading part: ownlings_course_test(<name> <sources>)
