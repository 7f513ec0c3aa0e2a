# Sources of the grading part of ownlings_course (paths relative to app/course).
target_sources(ownlings_course PRIVATE
  grading/sandbox.cpp
  grading/sandbox_child.cpp
  grading/sandbox_isolation.cpp
)
