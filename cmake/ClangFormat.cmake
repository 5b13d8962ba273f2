# Formats, or checks the formatting of, every C++ file of the project with the
# repository's .clang-format. Run by the `format` and `check-format` targets
# (cmake/Lint.cmake):
#
#   cmake -DCLANG_FORMAT=PATH -DSOURCE_DIR=DIR -DMODE=fix|check -P cmake/ClangFormat.cmake
#
# The files are listed when the script runs, not when CMake configures, so a file added
# since the last configure is checked too.
cmake_minimum_required(VERSION 3.25)

set(fix_command "cmake --preset dev && cmake --build --preset dev --target format")

if(NOT CLANG_FORMAT)
  message(NOTICE "clang-format was not found. On Debian: apt install clang-format "
                 "(./bootstrap test installs it), then configure again.")
  message(FATAL_ERROR "${MODE}-format needs clang-format")
endif()

# What the project formats: the program, the unit tests, the benchmark tools and the
# fuzz targets. The fuzz corpora hold no .cpp or .hpp files.
set(patterns)
foreach(folder src tests/unit bench fuzz)
  foreach(extension cpp hpp h)
    list(APPEND patterns "${SOURCE_DIR}/${folder}/*.${extension}")
  endforeach()
endforeach()
file(GLOB_RECURSE files RELATIVE "${SOURCE_DIR}" ${patterns})
list(SORT files)
list(LENGTH files count)

if(MODE STREQUAL "fix")
  execute_process(COMMAND "${CLANG_FORMAT}" -i --style=file ${files}
                  WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "clang-format failed (${result})")
  endif()
  message(STATUS "formatted ${count} files")
  return()
endif()

# One clang-format for all the files; each file that would change yields at least one
# "FILE:LINE:COL: error: code should be clang-formatted" line (one is enough).
execute_process(COMMAND "${CLANG_FORMAT}" --dry-run --Werror --ferror-limit=1 --style=file
                        ${files}
                WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE result
                ERROR_VARIABLE diagnostics OUTPUT_QUIET)
if(result EQUAL 0)
  message(STATUS "check-format: all ${count} files are formatted")
  return()
endif()

string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" violations
       "${diagnostics}")
set(unformatted)
foreach(violation IN LISTS violations)
  string(REGEX REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted$" "" file
                       "${violation}")
  list(APPEND unformatted "${file}")
endforeach()
list(REMOVE_DUPLICATES unformatted)
list(LENGTH unformatted unformatted_count)
if(unformatted_count EQUAL 0)
  # clang-format itself failed (an unreadable file, a broken .clang-format): show why.
  message(NOTICE "${diagnostics}")
  message(FATAL_ERROR "check-format: clang-format failed (${result})")
endif()

execute_process(COMMAND "${CLANG_FORMAT}" --version OUTPUT_VARIABLE version
                OUTPUT_STRIP_TRAILING_WHITESPACE)
list(JOIN unformatted "\n  " listing)
message(NOTICE
  "check-format: ${unformatted_count} of ${count} files are not formatted as .clang-format asks:\n"
  "  ${listing}\n"
  "Format them all with:\n"
  "  ${fix_command}\n"
  "or one file with: clang-format -i FILE\n"
  "(checked with ${version}; Debian 12 has version 14, and other versions may disagree)")
message(FATAL_ERROR "check-format failed")
