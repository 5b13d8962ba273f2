# Screening before `knead run` without a terminal: answers files, every stop, skip,
# caution and advice scenario, and the usage errors. Steps last 5 s, run at --speed 1000.
. "$(dirname "$0")/lib.sh"

routine="$SCRATCH/tiny.toml"
cat >"$routine" <<'TOML'
title = "Screening test"
summary = "Four short steps: lower back, the LI4 hand point, the back of the knee, ice."

[[step]]
title  = "Back"
region = "lower-back"
hold   = "5s"

[[step]]
title = "Hand"
point = "LI4"
hold  = "5s"

[[step]]
title = "Knee"
point = "BL40"
hold  = "5s"

[[step]]
title  = "Ice"
kind   = "ice"
region = "lower-back"
hold   = "5s"
sides  = "none"
TOML

no_answers=$(all_no_answers "$routine")
events="$SCRATCH/events.jsonl"

# with_yes ID...: an answers file with these ids answered yes, the rest no.
with_yes() {
  local file="$SCRATCH/yes.toml" id
  cp "$no_answers" "$file"
  for id in "$@"; do
    sed -i "s/^$id = false\$/$id = true/" "$file"
  done
  printf '%s\n' "$file"
}

# screen_run ID...: runs the routine with those ids answered yes.
screen_run() {
  rm -f "$events"
  run_knead run "$routine" --plain --speed 1000 --events "$events" --answers "$(with_yes "$@")"
}

started_steps() {
  jq -r 'select(.event == "step_start") | .step' "$events" 2>/dev/null | paste -sd ' '
}

skipped() {
  jq -r 'select(.event == "step_skipped") | "\(.step):\(.reason)"' "$events" | paste -sd ' '
}

# All "no": every step runs.
screen_run
expect_code 0 "all no"
expect_eq "$(started_steps)" "1 2 3 4" "all no: steps"

# Each stop alone: exit 3, no step starts; the emergency ones say so.
for id in saddle_bladder_bowel both_legs injury; do
  screen_run "$id"
  expect_code 3 "$id"
  expect_contains "$out" "Seek emergency care now" "$id"
  expect_eq "$(started_steps)" "" "$id: no step starts"
done
for id in fever_unwell weight_cancer night_pain leg_worsening; do
  screen_run "$id"
  expect_code 3 "$id"
  expect_contains "$out" "See a doctor today. Do not treat this yourself" "$id"
  expect_eq "$(started_steps)" "" "$id: no step starts"
done

# A stop is kept in the history with its outcome word.
expect_eq "$("$KNEAD" log --json | jq -r '.[0] | "\(.outcome) \(.screening)"')" \
  "stopped stop-urgent" "the history keeps the stop"

# Weak back: a stop unless a health professional cleared it; then gentle pressure.
screen_run weak_back
expect_code 3 "weak_back"
expect_contains "$out" "Ask a health professional before you massage your back yourself." "weak_back"
screen_run weak_back weak_back_cleared
expect_code 0 "weak_back cleared"
expect_contains "$out" "Gentle pressure only: your back needs care" "weak_back cleared"

# Bleeding: the caution before each pressing step.
screen_run bleeding
expect_code 0 "bleeding"
expect_contains "$out" "Caution (steps 1, 2, 3): Gentle pressure only, and stop if it bruises." \
  "bleeding: the outcome"
expect_eq "$(grep -c '^\[.*\] caution for step [123]: Gentle pressure only, and stop if it bruises.$' <<<"$out")" \
  "3" "bleeding: a caution before each pressing step"

# Pregnancy: LI4 and the lower back skipped, with the reason; advice shown.
screen_run pregnant
expect_code 0 "pregnant"
expect_eq "$(skipped)" "1:pregnant 2:pregnant" "pregnant skips"
expect_contains "$out" "step 2, Hand: the point LI4 is avoided in pregnancy (pregnant)" "pregnant"
expect_contains "$out" "the NHS advises talking to a midwife or GP" "pregnant advice"
expect_eq "$(started_steps)" "3 4" "pregnant: the rest runs"

# The same answer on the shipped back-points routine: every point its sources flag for
# pregnancy (BL52, LR3, CV6, BL53, LI4) is skipped, the other three run.
sed 's/^pregnant = false$/pregnant = true/' "$(all_no_answers back-points)" >"$SCRATCH/bp-pregnant.toml"
rm -f "$events"
run_knead run back-points --plain --speed 1000 --no-history --events "$events" \
  --answers "$SCRATCH/bp-pregnant.toml"
expect_code 0 "pregnant, back-points"
expect_eq "$(skipped)" "1:pregnant 2:pregnant 4:pregnant 5:pregnant 7:pregnant" \
  "pregnant, back-points: the flagged steps skipped"
expect_contains "$out" \
  "step 7, Hand: between thumb and index finger: the point LI4 is avoided in pregnancy (pregnant)" \
  "pregnant, back-points: LI4 and why"
expect_eq "$(started_steps)" "3 6 8" "pregnant, back-points: the rest runs"

# Broken skin on the lower back: the lower-back steps skipped.
screen_run skin_lower-back
expect_code 0 "skin_lower-back"
expect_eq "$("$KNEAD" log --json | jq -r '.[0].screening')" "skips" "the history keeps the outcome"
expect_eq "$(skipped)" "1:skin_lower-back 4:skin_lower-back" "skin skips"

# Cold sensitivity: the ice skipped.
screen_run cold_sensitive
expect_code 0 "cold_sensitive"
expect_eq "$(skipped)" "4:cold_sensitive" "cold skips"

# Long-lasting pain: advice, and the session runs.
screen_run long_lasting
expect_code 0 "long_lasting"
expect_contains "$out" "should be seen by a specialist" "long_lasting"

# Everything skipped: nothing safe to run.
screen_run skin_lower-back skin_hands skin_legs
expect_code 3 "all skipped"
expect_contains "$out" "Nothing in this routine is safe to run today" "all skipped"
expect_eq "$(started_steps)" "" "all skipped: no step starts"

# A missing answer: exit 2, naming every missing id.
grep -v '^injury = \|^pregnant = ' "$no_answers" >"$SCRATCH/missing.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/missing.toml"
expect_code 2 "missing answers"
expect_contains "$err" "knead: error: $SCRATCH/missing.toml: missing answers for: injury, pregnant" \
  "missing answers"

# A follow-up is required after a yes.
run_knead run "$routine" --plain --answers "$(with_yes weak_back | xargs grep -v weak_back_cleared >"$SCRATCH/f.toml"; echo "$SCRATCH/f.toml")"
expect_code 2 "missing follow-up"
expect_contains "$err" "missing answers for: weak_back_cleared" "missing follow-up"

# The template as printed answers nothing.
"$KNEAD" questions "$routine" --template >"$SCRATCH/template.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/template.toml"
expect_code 2 "unfilled template"
expect_contains "$err" "missing answers for: saddle_bladder_bowel, both_legs" "unfilled template"

# Unknown ids and wrong types: exit 2 with file:line:col.
{ cat "$no_answers"; echo 'injurry = true'; } >"$SCRATCH/unknown.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/unknown.toml"
expect_code 2 "unknown id"
line=$(wc -l <"$SCRATCH/unknown.toml")
expect_contains "$err" "$SCRATCH/unknown.toml:$line:1: unknown question id \"injurry\"" "unknown id"
sed 's/^injury = false$/injury = "no"/' "$no_answers" >"$SCRATCH/type.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/type.toml"
expect_code 2 "wrong type"
line=$(grep -n '^injury' "$SCRATCH/type.toml" | cut -d: -f1)
expect_contains "$err" "$SCRATCH/type.toml:$line:10: the answer to \"injury\" must be true or false" \
  "wrong type"
run_knead run "$routine" --plain --answers "$SCRATCH/nowhere.toml"
expect_code 2 "no such answers file"

# No terminal and no answers: refuse, and say how.
run_knead run "$routine" --plain
expect_code 2 "no terminal, no answers"
expect_contains "$err" "knead: error: the safety questions need answers, and there is no terminal to ask them on; write them to a file with 'knead questions $routine --template > answers.toml'" \
  "no terminal, no answers"

finish
