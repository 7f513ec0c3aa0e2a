# Sources of the progress part of ownlings_course (paths relative to app/course).
target_sources(ownlings_course PRIVATE
  progress/data_directory.cpp
  progress/progress_database.cpp
  progress/progress_schema.cpp
  progress/progress_store.cpp
  progress/progress_store_queries.cpp
  progress/progress_types.cpp
  progress/sql_helpers.cpp
  progress/workspace.cpp
)
