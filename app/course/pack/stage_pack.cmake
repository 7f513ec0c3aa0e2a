# Stages the bundled pack (run with cmake -P by pack_data.cmake): copies SOURCE_DIR's
# lessons/ and exercises/ into PACK_DIR and moves exercises/pack.toml to PACK_DIR/pack.toml.
# Starts from an empty PACK_DIR so that deleted or renamed files do not linger.
if(NOT PACK_DIR OR NOT SOURCE_DIR)
  message(FATAL_ERROR "stage_pack.cmake needs -DSOURCE_DIR=... -DPACK_DIR=...")
endif()
file(REMOVE_RECURSE "${PACK_DIR}")
file(MAKE_DIRECTORY "${PACK_DIR}")
foreach(folder lessons exercises)
  if(EXISTS "${SOURCE_DIR}/${folder}")
    file(COPY "${SOURCE_DIR}/${folder}" DESTINATION "${PACK_DIR}" PATTERN ".*" EXCLUDE)
  endif()
endforeach()
if(EXISTS "${PACK_DIR}/exercises/pack.toml")
  file(RENAME "${PACK_DIR}/exercises/pack.toml" "${PACK_DIR}/pack.toml")
endif()
