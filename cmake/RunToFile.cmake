# Runs PROGRAM with ARGS (a space-separated string) and writes its stdout to OUTPUT.
# Used at build time to generate the man page and the shell completions from the
# built binary, so they always describe the command line that was built.
separate_arguments(arguments UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${arguments}
                OUTPUT_FILE "${OUTPUT}.new"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE "${OUTPUT}.new")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${result}")
endif()
file(RENAME "${OUTPUT}.new" "${OUTPUT}")
