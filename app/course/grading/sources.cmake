# Sources of the grading part of ownlings_course (paths relative to app/course).
target_sources(ownlings_course PRIVATE
  grading/compiler_output.cpp
  grading/grade_cache.cpp
  grading/grade_result.cpp
  grading/grade_result_json.cpp
  grading/locked_regions.cpp
  grading/output_diff.cpp
  grading/sandbox.cpp
  grading/sandbox_child.cpp
  grading/sandbox_isolation.cpp
  grading/sanitizer_report.cpp
  grading/sanitizer_wording.cpp
  grading/source_paths.cpp
  grading/test_report.cpp
)
