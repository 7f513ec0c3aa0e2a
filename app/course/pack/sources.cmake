# Sources of the pack part of ownlings_course (paths relative to app/course).
# target_sources(ownlings_course PRIVATE pack/xxx.cpp)
