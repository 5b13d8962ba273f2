# The `format`, `check-format` and `tidy` targets. Debian 12's clang-format and
# clang-tidy are version 14; other versions format and warn a little differently, so the
# versioned names come first.
find_program(KNEAD_CLANG_FORMAT NAMES clang-format-14 clang-format)
find_program(KNEAD_CLANG_TIDY NAMES clang-tidy-14 clang-tidy)

# Rewrites every C++ file of the project as .clang-format asks.
add_custom_target(format
  COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${KNEAD_CLANG_FORMAT} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DMODE=fix -P ${PROJECT_SOURCE_DIR}/cmake/ClangFormat.cmake
  COMMENT "Formatting the C++ files"
  USES_TERMINAL VERBATIM)

# Fails, naming the files and the command that fixes them, when any file is not
# formatted. `./bootstrap test` runs it first.
add_custom_target(check-format
  COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${KNEAD_CLANG_FORMAT} -DSOURCE_DIR=${PROJECT_SOURCE_DIR}
          -DMODE=check -P ${PROJECT_SOURCE_DIR}/cmake/ClangFormat.cmake
  COMMENT "Checking the formatting of the C++ files"
  USES_TERMINAL VERBATIM)

# clang-tidy over src/ with the checks of .clang-tidy (tools/tidy.sh), over the files
# compile_commands.json names: with a unity build (the tidy preset), its combined files.
add_custom_target(tidy
  COMMAND ${CMAKE_COMMAND} -E env KNEAD_CLANG_TIDY=${KNEAD_CLANG_TIDY}
          ${PROJECT_SOURCE_DIR}/tools/tidy.sh ${CMAKE_BINARY_DIR}
  COMMENT "clang-tidy over src/"
  USES_TERMINAL VERBATIM)
