# knead check: every problem as file:line:col on stderr, exit 1 on errors only.
. "$(dirname "$0")/lib.sh"

run_knead check "$KNEAD_SOURCE_DIR"/routines/*.toml
expect_code 0 "shipped routines"
expect_eq "$err" "" "shipped routines have no warnings"
expect_contains "$out" "lower-back.toml: ok (4 steps, 23:15)" "ok line"

cat >"$SCRATCH/typos.toml" <<'TOML'
title = "Typos"
[[step]]
title = "Hips"
region = "hip"
hodl = "2m"
kind = "pres"
TOML
run_knead check "$SCRATCH/typos.toml"
expect_code 1 "typos"
# The typo "hodl" is one error: the step is not said to have no hold as well.
expect_eq "$err" "$SCRATCH/typos.toml:4:10: error: unknown region \"hip\"
    4 | region = \"hip\"
      |          ^~~~~
  hint: did you mean \"hips\"?
$SCRATCH/typos.toml:5:1: error: unknown key \"hodl\"
    5 | hodl = \"2m\"
      | ^~~~
      | hold
  hint: did you mean \"hold\"?
$SCRATCH/typos.toml:6:8: error: unknown kind \"pres\"
    6 | kind = \"pres\"
      |        ^~~~~~
      |        \"press\"
  hint: did you mean \"press\"?
3 errors in $SCRATCH/typos.toml" "typos"
run_knead check --format short "$SCRATCH/typos.toml"
expect_code 1 "typos, short"
expect_eq "$err" "$SCRATCH/typos.toml:4:10: error: unknown region \"hip\"
  hint: did you mean \"hips\"?
$SCRATCH/typos.toml:5:1: error: unknown key \"hodl\"
  hint: did you mean \"hold\"?
$SCRATCH/typos.toml:6:8: error: unknown kind \"pres\"
  hint: did you mean \"press\"?" "typos, short"
# Colour only when asked for (or on a terminal without NO_COLOR).
run_knead --color always check "$SCRATCH/typos.toml"
expect_contains "$err" $'\e[1;31merror:\e[0m' "error in red"
expect_contains "$err" $'\e[1;32m^~~~\e[0m' "the caret in green"
expect_eq "$out" "" "no ok line for a bad file"

# Ice or heat for more than 20 minutes on the skin is an error, at the hold.
cat >"$SCRATCH/cold.toml" <<'TOML'
title = "Cold"
[[step]]
title = "Ice"
kind = "ice"
region = "lower-back"
hold = "30m"
[[step]]
title = "Heat"
kind = "heat"
region = ["lower-back", "hips"]
hold = "15m"
[step.alternative]
title = "Hot"
kind = "heat"
hold = "25m"
TOML
run_knead check --format short "$SCRATCH/cold.toml"
expect_code 1 "too long on the skin"
expect_eq "$err" "$SCRATCH/cold.toml:6:8: error: ice for more than 20 minutes can injure the skin (this step lasts 30m)
  hint: keep ice to 10-15 minutes, never over 20 on the skin: hold = \"15m\"
$SCRATCH/cold.toml:15:8: error: heat for more than 20 minutes can harm the skin (this step lasts 25m)
  hint: keep heat to 15-20 minutes, warm not hot: hold = \"15m\"" "the skin limit"

# Warnings are shown but do not fail.
cat >"$SCRATCH/warn.toml" <<'TOML'
title = "Warn"
[[step]]
title = "Hips"
region = "hips"
hold = "1m"
[[question]]
id = "sore"
text = "Sore?"
effect = "advice"
message = "Go gently."
skip_regions = ["hips"]
TOML
run_knead check "$SCRATCH/warn.toml"
expect_code 0 "warning only"
expect_contains "$err" "warn.toml:11:16: warning: skip lists are ignored when effect = \"advice\"" "warning"

# A routine's own question may not take the id of a built-in one (an answers file could
# not tell them apart): check says where, and run refuses it at the same place.
cat >"$SCRATCH/reused.toml" <<'TOML'
title = "Reused ids"
[[step]]
title = "Hips"
region = "hips"
hold = "1m"

[[question]]
id = "bleeding"
text = "Do you bleed easily?"
effect = "advice"
message = "Go gently."

[[question]]
id      = "skin_feet"
text    = "Are your feet sore?"
effect  = "advice"
message = "Go gently."

[[question]]
id      = "knee_surgery"
text    = "Have you had knee surgery?"
effect  = "advice"
message = "Go gently."
TOML
run_knead check --format short "$SCRATCH/reused.toml"
expect_code 1 "a reused built-in id"
expect_eq "$err" "$SCRATCH/reused.toml:8:6: error: question id \"bleeding\" is the id of one of knead's own safety questions
  hint: an answers file could not tell the two apart: give this question its own id, such as \"my_bleeding\" ('knead questions' lists the built-in ids)
$SCRATCH/reused.toml:14:11: error: question id \"skin_feet\" is the id of one of knead's own safety questions
  hint: ids starting with \"skin_\" are knead's skin questions: give this question its own id, such as \"my_skin_feet\"" "reused ids"
printf 'bleeding = false\n' >"$SCRATCH/reused-answers.toml"
run_knead run "$SCRATCH/reused.toml" --answers "$SCRATCH/reused-answers.toml" --no-history
expect_code 1 "run refuses a reused id"
expect_contains "$err" "$SCRATCH/reused.toml:8:6: question id \"bleeding\" is the id of one of knead's own safety questions" "run names the position"

run_knead check --format short "$SCRATCH/nonexistent.toml"
expect_code 1 "nonexistent"
expect_eq "$err" "$SCRATCH/nonexistent.toml: error: cannot open: No such file or directory" "nonexistent"

mkdir "$SCRATCH/folder.toml"
run_knead check --format short "$SCRATCH/folder.toml"
expect_code 1 "directory"
expect_eq "$err" "$SCRATCH/folder.toml: error: cannot open: it is a directory, not a file
  hint: name a .toml file inside it" "directory"

: >"$SCRATCH/empty.toml"
run_knead check --format short "$SCRATCH/empty.toml"
expect_code 1 "empty"
expect_eq "$err" "$SCRATCH/empty.toml: error: the file is empty
  hint: a routine needs a title and at least one [[step]]; 'knead new NAME' writes a commented example" "empty"

head -c 300 "$KNEAD" >"$SCRATCH/garbage.toml"
run_knead check "$SCRATCH/garbage.toml"
expect_code 1 "binary garbage"
expect_contains "$err" "$SCRATCH/garbage.toml:1:" "garbage position"
expect_contains "$err" "error: this is not a routine file: it contains binary data" "garbage"

head -c 1100000 /dev/zero | tr '\0' '#' >"$SCRATCH/huge.toml"
run_knead check --format short "$SCRATCH/huge.toml"
expect_code 1 "huge"
expect_eq "$err" "$SCRATCH/huge.toml: error: the file is too large (1100000 bytes; the limit is 1 MiB)
  hint: a routine file is a page of text: is this the right file?" "huge"

# An escape sequence in a value is reported at its column and never printed raw.
printf 'title = "x\\u001b[2J"\n[[step]]\ntitle = "\xe2\x80\xae"\nregion = "hips"\nhold = "1m"\n' >"$SCRATCH/escape.toml"
run_knead check "$SCRATCH/escape.toml"
expect_code 1 "escapes"
expect_contains "$err" "escape.toml:1:11: error: \"title\" contains an escape sequence starting with U+001B (ESC)" "escape column"
expect_contains "$err" "escape.toml:3:10: error: \"title\" contains the bidirectional control U+202E" "bidi column"
case "$err" in *$'\e'*) fail "stderr carried a raw escape" ;; esac

# A bad file name is sanitized too.
bad_name="$SCRATCH/$(printf 'a\033[31mb').toml"
run_knead check "$bad_name"
expect_code 1 "escape in the name"
case "$err" in *$'\e'*) fail "stderr carried a raw escape from a file name" ;; esac

# Several files: each reported, exit 1 when any fails; ids work too.
run_knead check lower-back "$SCRATCH/warn.toml" lowerback
expect_code 1 "mixed"
expect_contains "$out" "lower-back: ok (4 steps, 23:15)" "id checked"
expect_contains "$err" "lowerback: error: cannot open: no such file or routine
  hint: did you mean \"lower-back\"?" "unknown id"

# A name is a file when it has a '/' or ends in .toml, for check as for every command;
# a file named like an id gets a hint instead of being read.
cp "$SCRATCH/warn.toml" "$SCRATCH/cold"
(cd "$SCRATCH" && run_knead check --format short cold && printf '%s\n%s\n' "$code" "$err" >"$SCRATCH/check-cold")
expect_eq "$(cat "$SCRATCH/check-cold")" "1
cold: error: cannot open: no such file or routine
  hint: to use the file cold here, name it ./cold" "a file named like an id"
(cd "$SCRATCH" && run_knead check ./cold && printf '%s\n' "$code" >"$SCRATCH/check-cold")
expect_eq "$(cat "$SCRATCH/check-cold")" "0" "the same file as ./cold"

# --format json: one document on stdout, nothing on stderr, the same exit status.
run_knead check --format json "$SCRATCH/typos.toml" lower-back "$SCRATCH/nonexistent.toml"
expect_code 1 "json"
expect_eq "$err" "" "json: nothing on stderr"
expect_eq "$(jq -c '.files' <<<"$out")" "[{\"file\":\"$SCRATCH/typos.toml\",\"ok\":false,\"errors\":3,\"warnings\":0},{\"file\":\"lower-back\",\"ok\":true,\"errors\":0,\"warnings\":0},{\"file\":\"$SCRATCH/nonexistent.toml\",\"ok\":false,\"errors\":1,\"warnings\":0}]" "json files"
expect_eq "$(jq -c '.diagnostics[1]' <<<"$out")" "{\"file\":\"$SCRATCH/typos.toml\",\"severity\":\"error\",\"message\":\"unknown key \\\"hodl\\\"\",\"hint\":\"did you mean \\\"hold\\\"?\",\"fixit\":\"hold\",\"note\":null,\"range\":{\"start\":{\"line\":5,\"column\":1},\"end\":{\"line\":5,\"column\":5}}}" "json diagnostic"
expect_eq "$(jq -c '.diagnostics[3].range' <<<"$out")" "null" "json: no range without a position"
expect_eq "$(jq -r '[.diagnostics[] | keys | join(",")] | unique | .[]' <<<"$out")" "file,fixit,hint,message,note,range,severity" "every diagnostic has every key"

run_knead check
expect_code 2 "no files"

finish
