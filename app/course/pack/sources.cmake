# Sources of the pack part of ownlings_course (paths relative to app/course).
target_sources(ownlings_course PRIVATE
  pack/exercise_manifest.cpp
  pack/manifest_items.cpp
  pack/pack.cpp
  pack/pack_files.cpp
  pack/pack_loader.cpp
  pack/pack_location.cpp
  pack/pack_manifest.cpp
  pack/pack_scaffold.cpp
  pack/quiz_manifest.cpp
  pack/table_reader.cpp
  pack/toml_tree.cpp
)
# The development fallback for the default pack (pack_location.cpp).
set_source_files_properties(pack/pack_location.cpp PROPERTIES
  COMPILE_DEFINITIONS "OWNLINGS_SOURCE_DIR=\"${PROJECT_SOURCE_DIR}\"")

# toml++ is header-only; only pack/toml_tree.cpp includes it.
find_path(OWNLINGS_TOMLPLUSPLUS_INCLUDE_DIR toml++/toml.h REQUIRED)
target_include_directories(ownlings_course SYSTEM PRIVATE ${OWNLINGS_TOMLPLUSPLUS_INCLUDE_DIR})

include(pack/pack_data.cmake)
