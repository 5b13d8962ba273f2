# Writes OUTPUT, a C++ file defining knead::routine::builtin_routine_texts(), from
# the routine files in ROUTINE_DIR (sorted by name, so by id). Run as `cmake -P` by src/routine/CMakeLists.txt.
file(GLOB INPUTS ${ROUTINE_DIR}/*.toml)
list(SORT INPUTS)
set(body "")
foreach(input IN LISTS INPUTS)
  get_filename_component(id ${input} NAME_WE)
  file(READ ${input} text)
  string(FIND "${text}" ")knead_toml\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${input} contains the raw-string delimiter )knead_toml\"")
  endif()
  string(APPEND body "    {\"${id}\", R\"knead_toml(${text})knead_toml\"},\n")
endforeach()
file(WRITE ${OUTPUT} "// Generated from routines/*.toml by cmake/EmbedRoutines.cmake. Do not edit.
#include \"routine/builtin.hpp\"

namespace knead::routine {

std::span<const BuiltinText> builtin_routine_texts() {
  static const BuiltinText texts[] = {
${body}  };
  return texts;
}

} // namespace knead::routine
")
