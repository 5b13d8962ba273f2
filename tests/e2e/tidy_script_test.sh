# tools/tidy.sh, the `tidy` target's script, over a small tree with its own
# compile_commands.json: it names each finding once (a header's finding shows in every
# file that includes it) and fails; a clean tree passes; files outside src/ are not
# checked.
. "$(dirname "$0")/lib.sh"

command -v clang-tidy-14 >/dev/null || command -v clang-tidy >/dev/null ||
  fail "clang-tidy is not installed (./bootstrap test installs it)"

tree="$SCRATCH/tree"
mkdir -p "$tree/tools" "$tree/src" "$tree/build" "$tree/other"
cp "$KNEAD_SOURCE_DIR/tools/tidy.sh" "$tree/tools/"
cp "$KNEAD_SOURCE_DIR/.clang-tidy" "$tree/"
printf 'inline int *none() {\n  return 0;\n}\n' >"$tree/src/header.hpp"
printf '#include "header.hpp"\nint *first() {\n  return none();\n}\n' >"$tree/src/first.cpp"
printf '#include "header.hpp"\nint *second() {\n  return none();\n}\n' >"$tree/src/second.cpp"
printf 'int *elsewhere() {\n  return 0;\n}\n' >"$tree/other/elsewhere.cpp"
entries=""
for file in src/first.cpp src/second.cpp other/elsewhere.cpp; do
  entries+="${entries:+,}{\"directory\": \"$tree/build\", \"command\": \"c++ -std=c++20 -c $tree/$file\", \"file\": \"$tree/$file\"}"
done
printf '[%s]\n' "$entries" >"$tree/build/compile_commands.json"

tidy() {
  out=$("$tree/tools/tidy.sh" "$tree/build" 2 2>"$SCRATCH/stderr")
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

tidy
expect_code 1 "tidy with a finding in a header"
expect_contains "$out" "tidy: 1 findings in 2 of 2 files" "the finding counted once, in both files"
expect_contains "$out" "src/header.hpp:2:10: error: use nullptr [modernize-use-nullptr" \
  "the finding, by path from the tree"
expect_not_contains "$out" "elsewhere" "files outside src/ are not checked"

printf 'inline int *none() {\n  return nullptr;\n}\n' >"$tree/src/header.hpp"
tidy
expect_code 0 "tidy over a clean tree"
expect_contains "$out" "tidy: 2 files clean" "the clean summary"

# A unity build's combined file (what the tidy preset checks): its finding is reported
# at the line of the file of src/ it includes, and its includes of .cpp files are not
# findings.
mkdir -p "$tree/build/src/CMakeFiles/core.dir/Unity"
unity="$tree/build/src/CMakeFiles/core.dir/Unity/unity_0_cxx.cxx"
printf '#include "%s"\n' "$tree/src/first.cpp" >"$unity"
printf 'int *third() {\n  return 0;\n}\n' >"$tree/src/third.cpp"
printf '#include "%s"\n' "$tree/src/third.cpp" >>"$unity"
printf '[{"directory": "%s", "command": "c++ -std=c++20 -c %s", "file": "%s"}]\n' \
  "$tree/build" "$unity" "$unity" >"$tree/build/compile_commands.json"
tidy
expect_code 1 "tidy over a combined file with a finding"
expect_contains "$out" "src/third.cpp:2:10: error: use nullptr [modernize-use-nullptr" \
  "the finding, at its line of src/"
expect_not_contains "$out" "suspicious-include" "a combined file's includes are not findings"
rm "$tree/src/third.cpp"
printf '#include "%s"\n' "$tree/src/first.cpp" >"$unity"
tidy
expect_code 0 "tidy over a clean combined file"

rm "$tree/build/compile_commands.json"
tidy
expect_code 1 "tidy without compile_commands.json"
expect_contains "$err" "cmake --preset tidy" "how to make one"

finish
