# Sources of the grading part of ownlings_course (paths relative to app/course).
target_sources(ownlings_course PRIVATE
  grading/compiler_output.cpp
  grading/grade_cache.cpp
  grading/grade_result.cpp
  grading/grade_result_json.cpp
  grading/grade_workspace.cpp
  grading/grader.cpp
  grading/locked_regions.cpp
  grading/output_diff.cpp
  grading/program_stages.cpp
  grading/program_verdict.cpp
  grading/sandbox.cpp
  grading/sandbox_child.cpp
  grading/sandbox_isolation.cpp
  grading/sanitizer_report.cpp
  grading/sanitizer_wording.cpp
  grading/source_paths.cpp
  grading/test_report.cpp
  grading/toolchain.cpp
)
set_property(SOURCE grading/toolchain.cpp APPEND PROPERTY COMPILE_DEFINITIONS OWNLINGS_VERSION="${PROJECT_VERSION}")

# ownlings_test.h, the assertion header of test exercises: staged next to the
# pack so that binaries find it as ../share/ownlings/include, built or installed.
configure_file(${PROJECT_SOURCE_DIR}/resources/include/ownlings_test.h
               ${OWNLINGS_STAGED_DATA_DIR}/include/ownlings_test.h COPYONLY)
install(FILES ${PROJECT_SOURCE_DIR}/resources/include/ownlings_test.h
        DESTINATION ${CMAKE_INSTALL_DATADIR}/ownlings/include)
