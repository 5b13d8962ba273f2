# knead show: the plan of a routine, as text and as JSON, with the totals the
# session engine uses.
. "$(dirname "$0")/lib.sh"

run_knead show --brief lower-back
expect_code 0 "show lower-back"
expect_contains "$out" "lower-back: Lower back: paraspinals, hips, buttocks, then ice" "show title"
expect_contains "$out" "From: built-in" "show origin"
expect_contains "$out" "   0:00  1. Paraspinal muscles  together  lower-back        2:00     2:45" "show step 1"
expect_contains "$out" "   2:45  2. Hip points          together  hips              2:00     2:45" "show step 2"
expect_contains "$out" "   5:30  3. Buttocks            together  buttocks          2:00     2:45" "show step 3"
expect_contains "$out" "   8:15  4. Ice                 none      lower-back, hips  15:00   15:00
         (waits for you first)" "show step 4"
expect_contains "$out" "Total 23:15" "show total"

# Without --brief, each step's where, how and before under its line, wrapped to the
# width (80 when not a terminal, or COLUMNS) under their labels.
run_knead show lower-back
expect_code 0 "show in full"
expect_contains "$out" "   0:00  1. Paraspinal muscles  together  lower-back        2:00     2:45
         Where: Both sides of the spine, just above the hip bones
         How: Press down and inward with both thumbs toward the muscle's centre.
              Hold firmly." "show: where and how under the step"
expect_contains "$out" "         Before: " "show: the before prompt"
for columns in 60 80; do
  COLUMNS=$columns run_knead show lower-back
  checks=$((checks + 1))
  widest=$(printf '%s\n' "$out" | LC_ALL=C.UTF-8 wc -L)
  [ "$widest" -le "$columns" ] || fail "show at $columns columns: a line of $widest"
done

run_knead show --json lower-back
expect_code 0 "show --json"
expect_eq "$(printf '%s' "$out" | jq -r '.id, .total_s')" "lower-back
1395" "json id and total"
expect_eq "$(printf '%s' "$out" | jq -c '[.steps[] | [.title, .kind, .region, .sides, .hold_s, .start_s]]')" \
  '[["Paraspinal muscles","press","lower-back","together",120,0],["Hip points","press","hips","together",120,165],["Buttocks","press","buttocks","together",120,330],["Ice","ice","lower-back","none",900,495]]' \
  "json steps"

# A file by path, with a left-then-right reps step on a catalog point.
cat >"$SCRATCH/knee.toml" <<'TOML'
title = "Knee circles"
[[step]]
title = "Back of the knee"
kind = "reps"
point = "BL40"
reps = 5
rep = "6s"
sides = "left-then-right"
TOML
run_knead show "$SCRATCH/knee.toml"
expect_code 0 "show a file"
expect_contains "$out" "   0:00  1. Back of the knee  left, right  legs BL40  5 x 6s    1:10" "reps row"
expect_contains "$out" "Total 1:10 (0:10 of it getting ready)" "reps total"
run_knead show --json "$SCRATCH/knee.toml"
expect_eq "$(printf '%s' "$out" | jq -c '.steps[0] | [.hold_s, .duration_s, .where]')" \
  '[30,70,"Back of the knee, in the middle of the crease"]' "reps json"

# A step title too long for its column is cut with "…", or with "..." where the
# terminal does not take UTF-8: there every byte printed is ASCII, since a terminal
# that reads single bytes takes some inside UTF-8 characters for C1 controls.
cat >"$SCRATCH/long.toml" <<'TOML'
title = "Long titles"
[[step]]
title = "Paraspinal muscles on both sides of the spine, from the ribs down"
region = "lower-back"
hold = "1m"
TOML
run_knead show "$SCRATCH/long.toml"
expect_code 0 "show a long title"
expect_contains "$out" "   0:00  1. Paraspinal muscles on both side…  together" "long title cut"
LC_ALL=C run_knead show "$SCRATCH/long.toml"
expect_code 0 "show a long title in the C locale"
expect_contains "$out" "   0:00  1. Paraspinal muscles on both si...  together" \
  "long title cut in ASCII"
checks=$((checks + 1))
! printf '%s%s' "$out" "$err" | LC_ALL=C grep -qaP '[\x80-\xff]' ||
  fail "show a long title in the C locale: a byte outside ASCII: $out"

# Text from a routine never reaches the terminal raw, in either mode.
printf 'title = "Evil \\u001b]0;owned\\u0007"\n' >"$SCRATCH/evil.toml"
run_knead show "$SCRATCH/evil.toml"
expect_code 1 "show a bad file"
expect_contains "$err" "knead: error: $SCRATCH/evil.toml:1:1: the routine has no steps (and 1 more; run 'knead check $SCRATCH/evil.toml')" "show bad file"

run_knead show lowerback
expect_code 1 "show unknown"
expect_eq "$err" "knead: error: no routine named \"lowerback\"; did you mean \"lower-back\"?" "show unknown"

# Without a routine, show shows the one run would run (cli_voice_test: the configured one).
run_knead show --brief
expect_code 0 "show without a routine"
expect_contains "$out" "Lower back" "show without a routine shows lower-back"

# --script: what a session says aloud, line by line with its time and kind.
run_knead show lower-back --script
expect_code 0 "show --script"
expect_contains "$out" "Spoken script of lower-back (23:15;" "script heading"
expect_contains "$out" " 0:00  where       Both sides of the spine, just above the hip bones" "script where"
expect_contains "$out" " 2:15  release     Release slowly" "script release"
expect_contains "$out" "23:15  end         Session complete" "script end"
run_knead show back-points --script
expect_contains "$out" " 0:29  count       Last one" "script counts the circles"
run_knead show tennis-ball-hips --script
expect_contains "$out" " 0:05  cue         Slow rolls, steady breathing." "script speaks the cues"
run_knead show lower-back --script --json
expect_code 2 "--script and --json together"

run_knead show --help
expect_code 0 "show --help"
expect_contains "$out" "--json" "show --help"

finish
