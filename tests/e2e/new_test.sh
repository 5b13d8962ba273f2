# knead new: a commented routine in the user folder that passes check.
. "$(dirname "$0")/lib.sh"

user="$XDG_CONFIG_HOME/knead/routines"

run_knead new evening-back
expect_code 0 "new"
expect_eq "$out" "Created $user/evening-back.toml
Edit it with 'knead edit evening-back', then try it with 'knead show evening-back'." "new output"
[ -f "$user/evening-back.toml" ] || fail "the scaffold was not written"

run_knead check "$user/evening-back.toml"
expect_code 0 "scaffold passes check"
expect_eq "$err" "" "scaffold has no warnings"
expect_contains "$(cat "$user/evening-back.toml")" 'title   = "Evening back"' "scaffold title"
expect_contains "$(cat "$user/evening-back.toml")" '# [[question]]' "scaffold shows questions"
expect_contains "$(cat "$user/evening-back.toml")" 'man 5 knead-routine' "scaffold points at the installed manual"

run_knead list
expect_contains "$out" "evening-back" "listed"

# Never overwrite.
printf 'keep me\n' >"$user/kept.toml"
run_knead new kept
expect_code 1 "refuses to overwrite"
expect_eq "$err" "knead: error: $user/kept.toml already exists; 'knead edit kept' opens it" "overwrite message"
expect_eq "$(cat "$user/kept.toml")" "keep me" "file untouched"

# Names are ids.
for bad in "Bad Name" "../escape" "-dash" "UPPER" ""; do
  run_knead new "$bad"
  expect_code 2 "bad name '$bad'"
done
expect_eq "$err" "knead: error: \"\" cannot be a routine name: use lower-case letters, digits and hyphens, such as \"evening-back\"" "bad name message"
[ -e "$XDG_CONFIG_HOME/knead/escape.toml" ] && fail "a name escaped the folder"

# --from copies a routine; a copy of a built-in shadows it.
run_knead new lower-back --from lower-back
expect_code 0 "new --from"
expect_contains "$out" "It shadows the built-in routine of the same name." "shadow note"
expect_eq "$(head -1 "$user/lower-back.toml")" "# Copied from lower-back (builtin:lower-back) by knead new." "copy header"
run_knead show lower-back
expect_contains "$out" "Total 23:15" "copy has the same plan"

# --stdout writes nothing.
run_knead new printed --stdout
expect_code 0 "new --stdout"
expect_contains "$out" 'title   = "Printed"' "stdout scaffold"
[ -e "$user/printed.toml" ] && fail "--stdout wrote a file"
printf '%s\n' "$out" >"$SCRATCH/printed.toml"
run_knead check "$SCRATCH/printed.toml"
expect_code 0 "stdout scaffold passes check"

run_knead new --help
expect_code 0 "new --help"
expect_contains "$out" "--from" "new --help"

finish
