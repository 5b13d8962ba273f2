# Warnings live in an INTERFACE target so every knead target gets the same set.
# They become errors only when KNEAD_WARNINGS_AS_ERRORS is on (the dev preset):
# a newer compiler with new warnings must never break a user's build.
add_library(knead_warnings INTERFACE)
target_compile_options(knead_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(KNEAD_WARNINGS_AS_ERRORS)
  target_compile_options(knead_warnings INTERFACE -Werror -Wnull-dereference)
else()
  # A build for users (release, ./bootstrap run) prints nothing but its progress.
  # GCC 12's flow-based warnings fire at -O2 inside libstdc++'s and CLI11's own code
  # once it is inlined into ours (the -Wrestrict one on std::string's operator+ is GCC
  # bug 105329), and marking those headers as system headers does not silence a
  # warning reported after inlining. The dev and asan presets keep the warnings.
  target_compile_options(knead_warnings INTERFACE -Wno-restrict)
endif()
