# Writes a C++ source that embeds the `ownlings explain` texts (engine/explain/<rule-id>.md).
# Run by the build: cmake -DEXPLAIN_DIR=<dir> -DNAMES=<id,id,...> -DOUTPUT=<file.cpp> -P embed_explanations.cmake
cmake_minimum_required(VERSION 3.25)

foreach(variable EXPLAIN_DIR NAMES OUTPUT)
  if(NOT DEFINED ${variable})
    message(FATAL_ERROR "embed_explanations.cmake needs -D${variable}=...")
  endif()
endforeach()

# The texts go into raw string literals; this closing sequence must not occur in them.
set(delimiter "ownlings_md")
string(REPLACE "," ";" names "${NAMES}")
list(LENGTH names count)

set(entries "")
foreach(name IN LISTS names)
  set(path "${EXPLAIN_DIR}/${name}.md")
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "rules.def lists `${name}` but ${path} is missing")
  endif()
  file(READ "${path}" text)
  string(FIND "${text}" ")${delimiter}\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${path} contains `)${delimiter}\"`, which ends the raw string literal")
  endif()
  string(APPEND entries "    {\"${name}\", R\"${delimiter}(${text})${delimiter}\"},\n")
endforeach()

set(source "// Generated from engine/explain/*.md by engine/explain/embed_explanations.cmake: do not edit.
#include \"engine/explain/embedded_explanations.h\"

#include <array>

namespace ownlings::engine {
namespace {

constexpr std::array<EmbeddedExplanation, ${count}> kExplanations{{
${entries}}};

} // namespace

std::span<const EmbeddedExplanation> embeddedExplanations() { return kExplanations; }

} // namespace ownlings::engine
")
file(WRITE "${OUTPUT}" "${source}")
