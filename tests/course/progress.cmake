# Tests of the progress part: ownlings_course_test(<name> <sources>)
