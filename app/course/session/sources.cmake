# Sources of the session part of ownlings_course: a course (pack + progress +
# workspace + grader) and pack verification, shared by the CLI and the GUI.
target_sources(ownlings_course PRIVATE
  session/attempt_record.cpp
  session/course.cpp
  session/pack_verifier.cpp
  session/rule_list.cpp
)
