# knead check on each common mistake of tests/data/check (its README.md): stderr is
# exactly NAME.expected, the exit status 1, stdout empty.
. "$(dirname "$0")/lib.sh"

cases=0
cd "$KNEAD_SOURCE_DIR/tests/data/check" || fail "no tests/data/check"
for file in *.toml; do
  cases=$((cases + 1))
  run_knead check "$file"
  expect_code 1 "$file"
  expect_eq "$err" "$(cat "${file%.toml}.expected")" "$file"
  expect_eq "$out" "" "$file: nothing on stdout"
done
[ "$cases" -ge 30 ] || fail "only $cases cases in tests/data/check"

# The short form carries the same message and hint for an editor's quickfix list.
run_knead check --format short twice.toml
expect_eq "$err" 'twice.toml:4:10: error: unknown region "hip"
  hint: did you mean "hips"?
twice.toml:6:1: error: the key "hold" is written twice
  hint: the first is on line 5: keep one of them
twice.toml:7:8: error: unknown kind "pres"
  hint: did you mean "press"?' "a key written twice, and the rest still checked"

# JSON gives the note and the fix-it too.
run_knead check --format json unclosed.toml
expect_eq "$(jq -c '.diagnostics[0]' <<<"$out")" '{"file":"unclosed.toml","severity":"error","message":"the string is not closed on its line","hint":"end it with \" on the same line; text over several lines goes in \"\"\"triple quotes\"\"\"","fixit":"\"Evening\"","note":"checking stopped at this mistake: later problems may be hidden","range":{"start":{"line":1,"column":9},"end":{"line":1,"column":17}}}' "json of a syntax error"

finish
