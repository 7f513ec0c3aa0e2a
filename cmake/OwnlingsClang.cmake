# Finds Clang 19's C++ API (libclang-cpp) and records its resource directory as a
# build-time fallback; the engine looks for the installed Clang at run time first.
find_package(Clang REQUIRED CONFIG HINTS /usr/lib/llvm-19/lib/cmake/clang)
if(NOT LLVM_PACKAGE_VERSION VERSION_GREATER_EQUAL 19 OR LLVM_PACKAGE_VERSION VERSION_GREATER_EQUAL 20)
  message(FATAL_ERROR "Ownlings needs Clang 19 (found LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_DIR}); "
                      "install llvm-19-dev libclang-19-dev libclang-cpp19-dev")
endif()
message(STATUS "Clang ${LLVM_PACKAGE_VERSION} from ${LLVM_INSTALL_PREFIX}")
set(OWNLINGS_CLANG_PREFIX "${LLVM_INSTALL_PREFIX}")
string(REGEX MATCH "^[0-9]+" OWNLINGS_CLANG_MAJOR "${LLVM_PACKAGE_VERSION}")
set(OWNLINGS_CLANG_RESOURCE_DIR "${LLVM_INSTALL_PREFIX}/lib/clang/${OWNLINGS_CLANG_MAJOR}")
