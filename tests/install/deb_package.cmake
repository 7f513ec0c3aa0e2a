# cmake -DBUILD_DIR=... -DOUT_DIR=... -DWITH_GUI=ON|OFF -P deb_package.cmake
# Builds the .deb the way a packager does (`cpack -G DEB`) and checks that it
# depends on what Ownlings loads or runs without linking to it, and holds the
# files a user needs.
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "cpack -G DEB failed:\n${output}")
endif()
file(GLOB debs "${OUT_DIR}/ownlings_*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one ownlings_*.deb in ${OUT_DIR}, found: ${debs}")
endif()

execute_process(COMMAND dpkg-deb -f "${debs}" Depends OUTPUT_VARIABLE depends COMMAND_ERROR_IS_FATAL ANY)
set(required libqt6sql6-sqlite clang-19 libclang-rt-19-dev libclang-cpp19 libqt6core6)
if(WITH_GUI)
  list(APPEND required libqt6widgets6 libqscintilla2-qt6)
endif()
foreach(package IN LISTS required)
  if(NOT depends MATCHES "(^|, )${package}")
    message(FATAL_ERROR "Depends lacks ${package}: ${depends}")
  endif()
endforeach()

execute_process(COMMAND dpkg-deb -c "${debs}" OUTPUT_VARIABLE contents COMMAND_ERROR_IS_FATAL ANY)
set(files usr/bin/ownlings usr/share/ownlings/pack/pack.toml usr/share/ownlings/include/ownlings_test.h)
if(WITH_GUI)
  list(APPEND files usr/bin/ownlings-gui usr/libexec/ownlings/ownlings-check-worker
       usr/share/applications/ownlings.desktop usr/share/metainfo/org.ownlings.Ownlings.metainfo.xml
       usr/share/icons/hicolor/scalable/apps/ownlings.svg)
endif()
foreach(path IN LISTS files)
  string(REPLACE "." "\\." pattern "${path}")
  if(NOT contents MATCHES "\\./${pattern}\n")
    message(FATAL_ERROR "the package lacks /${path}")
  endif()
endforeach()
message(STATUS "${debs}: Depends: ${depends}")
