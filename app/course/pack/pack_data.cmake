# The bundled pack: the repository's lessons/ and exercises/, staged at build time as
# ${OWNLINGS_STAGED_DATA_DIR}/pack/{pack.toml,lessons/,exercises/} (exercises/pack.toml moves to
# the root; see docs/pack-format.md) and installed in the same layout under share/ownlings/pack.
file(GLOB_RECURSE OWNLINGS_PACK_SOURCE_FILES CONFIGURE_DEPENDS
     "${PROJECT_SOURCE_DIR}/lessons/*" "${PROJECT_SOURCE_DIR}/exercises/*")
# The list's hash is part of the command, so adding or deleting a file re-stages too.
string(SHA1 OWNLINGS_PACK_FILE_LIST_HASH "${OWNLINGS_PACK_SOURCE_FILES}")
set(OWNLINGS_PACK_STAMP "${CMAKE_CURRENT_BINARY_DIR}/pack_staged.stamp")
add_custom_command(
  OUTPUT "${OWNLINGS_PACK_STAMP}"
  COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" "-DPACK_DIR=${OWNLINGS_STAGED_DATA_DIR}/pack"
          "-DFILE_LIST_HASH=${OWNLINGS_PACK_FILE_LIST_HASH}" -P "${CMAKE_CURRENT_SOURCE_DIR}/pack/stage_pack.cmake"
  COMMAND "${CMAKE_COMMAND}" -E touch "${OWNLINGS_PACK_STAMP}"
  DEPENDS ${OWNLINGS_PACK_SOURCE_FILES} "${CMAKE_CURRENT_SOURCE_DIR}/pack/stage_pack.cmake"
  COMMENT "Staging the bundled pack in ${OWNLINGS_STAGED_DATA_DIR}/pack"
  VERBATIM)
add_custom_target(ownlings_pack_data ALL DEPENDS "${OWNLINGS_PACK_STAMP}")
# Every binary links ownlings_course, so every binary finds a fresh pack next to it.
add_dependencies(ownlings_course ownlings_pack_data)
install(DIRECTORY "${OWNLINGS_STAGED_DATA_DIR}/pack/" DESTINATION "${CMAKE_INSTALL_DATADIR}/ownlings/pack")
