# Warnings live in an INTERFACE target so every knead target gets the same set.
# They become errors only when KNEAD_WARNINGS_AS_ERRORS is on (the dev preset):
# a newer compiler with new warnings must never break a user's build.
add_library(knead_warnings INTERFACE)
target_compile_options(knead_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wnull-dereference
  -Wimplicit-fallthrough)
if(KNEAD_WARNINGS_AS_ERRORS)
  target_compile_options(knead_warnings INTERFACE -Werror)
endif()
