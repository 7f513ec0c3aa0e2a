# Sources of the progress part of ownlings_course (paths relative to app/course).
# target_sources(ownlings_course PRIVATE progress/xxx.cpp)
