# The `check-format` and `format` targets' script (cmake/ClangFormat.cmake) over a small
# tree: the check names exactly the unformatted files and the command that fixes them,
# and fails; `format` fixes them, after which the check passes.
. "$(dirname "$0")/lib.sh"

clang_format=$(command -v clang-format-14 || command -v clang-format) ||
  fail "clang-format is not installed (./bootstrap test installs it)"

tree="$SCRATCH/tree"
mkdir -p "$tree/src/util" "$tree/tests/unit" "$tree/tests/e2e" "$tree/fuzz/corpus"
cp "$KNEAD_SOURCE_DIR/.clang-format" "$tree/"
printf 'int formatted() {\n  return 1;\n}\n' >"$tree/src/util/tidy.cpp"
printf 'int  unformatted ( ) {return 2;}\n' >"$tree/src/util/messy.hpp"
printf '#include <string>\n#include "a.hpp"\n' >"$tree/tests/unit/includes_test.cpp"
# Not C++ of the project: never checked.
printf 'int  left ( ) ;\n' >"$tree/tests/e2e/other.cpp"
printf 'int  seed ( ) ;\n' >"$tree/fuzz/corpus/seed"

format_script() {
  out=$(cmake -DCLANG_FORMAT="$clang_format" -DSOURCE_DIR="$tree" -DMODE="$1" \
    -P "$KNEAD_SOURCE_DIR/cmake/ClangFormat.cmake" 2>"$SCRATCH/stderr")
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

format_script check
expect_code 1 "check-format with two unformatted files"
expect_contains "$err" "2 of 3 files are not formatted" "the count"
expect_contains "$err" "  src/util/messy.hpp" "an unformatted header is named"
expect_contains "$err" "  tests/unit/includes_test.cpp" "misordered includes are named"
expect_not_contains "$err" "tidy.cpp" "a formatted file is not named"
expect_contains "$err" "cmake --build --preset dev --target format" "the fix is given"

format_script fix
expect_code 0 "format"
expect_eq "$(cat "$tree/src/util/messy.hpp")" "$(printf 'int unformatted() {\n  return 2;\n}')" \
  "format rewrote the file"
expect_eq "$(cat "$tree/tests/e2e/other.cpp")" "int  left ( ) ;" "format left other files"

format_script check
expect_code 0 "check-format after format"
expect_contains "$out" "all 3 files are formatted" "the check passes"

# Without clang-format, both say what to install.
clang_format=""
format_script check
expect_code 1 "check-format without clang-format"
expect_contains "$err" "apt install clang-format" "what to install"

finish
