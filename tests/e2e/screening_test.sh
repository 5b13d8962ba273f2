# Screening before `knead run` without a terminal: answers files, every stop, skip,
# caution and advice scenario, and the usage errors. Steps last 5 s, run at --speed 1000.
. "$(dirname "$0")/lib.sh"
# The rules are checked on whole lines: the wrapping of what is printed (COLUMNS, 80
# by default) is checked in show_test.sh, screening_tty_test.sh and wrap_test.sh.
export COLUMNS=1000

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
for id in saddle_bladder_bowel both_legs serious_accident chest_pain; do
  screen_run "$id"
  expect_code 3 "$id"
  expect_contains "$out" "Seek emergency care now" "$id"
  expect_eq "$(started_steps)" "" "$id: no step starts"
  expect_eq "$(jq -c 'select(.event == "screening_stop") | [.tier, .ids]' "$events")" \
    "[\"stop-emergency\",[\"$id\"]]" "$id: a screening_stop event"
done
for id in high_temperature weight_loss night_pain leg_worsening minor_fall back_shape cough_sneeze between_shoulders; do
  screen_run "$id"
  expect_code 3 "$id"
  expect_contains "$out" "See a doctor today. Do not treat this yourself" "$id"
  expect_eq "$(started_steps)" "" "$id: no step starts"
done

# A stop is kept in the history with its outcome word.
expect_eq "$("$KNEAD" log --json | jq -r '.[0] | "\(.outcome) \(.screening)"')" \
  "stopped stop-urgent" "the history keeps the stop"

# A passing cold: wait until better.
screen_run passing_cold
expect_code 3 "passing_cold"
expect_contains "$out" "Wait until you feel better" "passing_cold"

# A past cancer: a stop unless a doctor has checked this pain.
screen_run cancer_history
expect_code 3 "cancer_history"
expect_contains "$out" "a doctor should check this back pain before you" "cancer_history"
screen_run cancer_history cancer_checked
expect_code 0 "cancer_history checked"
expect_contains "$out" "Gentle pressure only (a doctor has checked this back pain)." "cancer_checked"

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

# Pregnancy: LI4, the lower back and the leg skipped, with the reason; advice shown.
screen_run pregnant
expect_code 0 "pregnant"
expect_eq "$(skipped)" "1:pregnant 2:pregnant 3:pregnant" "pregnant skips"
expect_contains "$out" "step 2, Hand: the point LI4 is avoided in pregnancy" "pregnant"
expect_not_contains "$out" "(pregnant)" "no raw id for the person"
expect_contains "$out" "step 3, Knee: steps on the legs are avoided in pregnancy" "pregnant: legs"
expect_contains "$out" "the NHS advises talking to a midwife or GP" "pregnant advice"
expect_eq "$(started_steps)" "4" "pregnant: the rest runs"

# Pregnancy with its urgent signs: a stop for the midwife or maternity unit.
screen_run pregnant pregnancy_urgent
expect_code 3 "pregnancy_urgent"
expect_contains "$out" "Contact your midwife or maternity unit now" "pregnancy_urgent"
expect_eq "$(started_steps)" "" "pregnancy_urgent: no step starts"

# Pregnancy skipping every step: nothing to run, and the midwife advice is still shown.
cat >"$SCRATCH/knee.toml" <<'TOML'
title = "Knee"
summary = "One step on the back of the knee."

[[step]]
title = "Knee"
point = "BL40"
hold  = "5s"
TOML
sed 's/^pregnant = false$/pregnant = true/' "$(all_no_answers "$SCRATCH/knee.toml")" >"$SCRATCH/knee-pregnant.toml"
run_knead run "$SCRATCH/knee.toml" --plain --no-history --answers "$SCRATCH/knee-pregnant.toml"
expect_code 3 "pregnant, all skipped"
expect_contains "$out" "Nothing in this routine is safe to run today" "pregnant, all skipped"
expect_contains "$out" "Advice: When you are pregnant and have back pain, the NHS advises talking to a midwife or GP." \
  "pregnant, all skipped: the advice still shows"

# A clot in one leg: asked because a step is on the legs; an urgent stop.
screen_run leg_clot
expect_code 3 "leg_clot"
expect_contains "$out" "See a doctor today" "leg_clot"
expect_contains "$out" "ask for an urgent GP appointment or call 111" "leg_clot: the NHS wording"
expect_eq "$(started_steps)" "" "leg_clot: no step starts"

# The same answer on the shipped back-points routine: every point its sources flag for
# pregnancy (BL52, LR3, CV6, BL53, LI4) is skipped, and BL40 on the legs: two run.
sed 's/^pregnant = false$/pregnant = true/' "$(all_no_answers back-points)" >"$SCRATCH/bp-pregnant.toml"
rm -f "$events"
run_knead run back-points --plain --speed 1000 --no-history --events "$events" \
  --answers "$SCRATCH/bp-pregnant.toml"
expect_code 0 "pregnant, back-points"
expect_eq "$(skipped)" "1:pregnant 2:pregnant 4:pregnant 5:pregnant 6:pregnant 7:pregnant" \
  "pregnant, back-points: the flagged steps and the leg skipped"
expect_contains "$out" \
  "step 7, Hand: between thumb and index finger: the point LI4 is avoided in pregnancy" \
  "pregnant, back-points: LI4 and why"
expect_eq "$(started_steps)" "3 8" "pregnant, back-points: the rest runs"

# Broken skin on the lower back: the lower-back steps skipped.
screen_run skin_lower-back
expect_code 0 "skin_lower-back"
expect_eq "$("$KNEAD" log --json | jq -r '.[0].screening')" "skips" "the history keeps the outcome"
expect_eq "$(skipped)" "1:skin_lower-back 4:skin_lower-back" "skin skips"

# A cold allergy: the ice skipped (this routine names no heat instead); reduced
# feeling: the same.
screen_run cold_allergy
expect_code 0 "cold_allergy"
expect_eq "$(skipped)" "4:cold_allergy" "cold allergy skips"
screen_run reduced_feeling
expect_code 0 "reduced_feeling"
expect_eq "$(skipped)" "4:reduced_feeling" "reduced feeling skips"

# lower-back names heat as its ice's alternative: a cold allergy runs the heat, reduced
# feeling skips both.
lb_answers=$(all_no_answers lower-back)
sed 's/^cold_allergy = false$/cold_allergy = true/' "$lb_answers" >"$SCRATCH/lb-allergy.toml"
rm -f "$events"
run_knead run lower-back --plain --speed 1000 --no-history --events "$events" --answers "$SCRATCH/lb-allergy.toml"
expect_code 0 "lower-back, cold allergy"
expect_contains "$out" "step 4, Ice: Heat instead (ice is not advised with Raynaud's or a cold allergy)" \
  "lower-back, cold allergy: heat instead"
expect_eq "$(jq -r 'select(.event == "alternative") | "\(.step):\(.reason)"' "$events")" "4:cold_allergy" \
  "lower-back, cold allergy: the alternative event"
expect_eq "$(started_steps)" "1 2 3 4" "lower-back, cold allergy: every step runs"
sed 's/^reduced_feeling = false$/reduced_feeling = true/' "$SCRATCH/lb-allergy.toml" >"$SCRATCH/lb-numb.toml"
rm -f "$events"
run_knead run lower-back --plain --speed 1000 --no-history --events "$events" --answers "$SCRATCH/lb-numb.toml"
expect_code 0 "lower-back, reduced feeling"
expect_eq "$(skipped)" "4:reduced_feeling" "lower-back, reduced feeling: neither ice nor heat"

# back-points' consult-first gate: a "no" skips the hip-bone points, a "yes" keeps them.
bp_answers=$(all_no_answers back-points)
rm -f "$events"
run_knead run back-points --plain --speed 1000 --no-history --events "$events" --answers "$bp_answers"
expect_code 0 "back-points, not cleared for the hip-bone points"
expect_eq "$(skipped)" "5:hip_points_cleared" "back-points: the hip-bone points skipped on a no"
sed 's/^hip_points_cleared = false$/hip_points_cleared = true/' "$bp_answers" >"$SCRATCH/bp-cleared.toml"
rm -f "$events"
run_knead run back-points --plain --speed 1000 --no-history --events "$events" --answers "$SCRATCH/bp-cleared.toml"
expect_eq "$(skipped)" "" "back-points: every point runs on a yes"

# Long-lasting pain: advice, and the session runs.
screen_run long_lasting
expect_code 0 "long_lasting"
expect_contains "$out" "should be seen by a specialist" "long_lasting"

# Everything skipped: nothing safe to run.
screen_run skin_lower-back skin_hands skin_legs
expect_code 3 "all skipped"
expect_eq "$(jq -c 'select(.event == "screening_stop") | .tier' "$events")" '"stop-nothing-left"' \
  "all skipped: a screening_stop event"
expect_contains "$out" "Nothing in this routine is safe to run today" "all skipped"
expect_eq "$(started_steps)" "" "all skipped: no step starts"

# A missing answer: exit 2, naming every missing id.
grep -v '^chest_pain = \|^pregnant = ' "$no_answers" >"$SCRATCH/missing.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/missing.toml"
expect_code 2 "missing answers"
expect_contains "$err" "knead: error: $SCRATCH/missing.toml: missing answers for: chest_pain, pregnant" \
  "missing answers"

# An id of the first bank: refused, naming the ids that took its place.
{ grep -v '^serious_accident = ' "$no_answers"; echo 'injury = false'; } >"$SCRATCH/retired.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/retired.toml"
expect_code 2 "a retired id"
expect_contains "$err" "the question \"injury\" is no longer asked: answer serious_accident and minor_fall instead" \
  "a retired id"

# A follow-up is required after a yes: without the clearance, the weak back stops,
# and the missing answer is named.
run_knead run "$routine" --plain --answers "$(with_yes weak_back | xargs grep -v weak_back_cleared >"$SCRATCH/f.toml"; echo "$SCRATCH/f.toml")"
expect_code 3 "missing follow-up"
expect_contains "$out" "Ask a health professional before you massage your back yourself." \
  "missing follow-up: the stop"
expect_contains "$err" "missing answers for: weak_back_cleared" "missing follow-up"

# A stop in an incomplete file acts first: exit 3 with its advice, then the gap named.
printf 'both_legs = true\n' >"$SCRATCH/stop-only.toml"
rm -f "$events"
run_knead run "$routine" --plain --events "$events" --answers "$SCRATCH/stop-only.toml"
expect_code 3 "a stop in an incomplete file"
expect_contains "$out" "Seek emergency care now" "a stop in an incomplete file: the advice"
expect_contains "$err" "knead: warning: $SCRATCH/stop-only.toml: missing answers for: saddle_bladder_bowel, serious_accident" \
  "a stop in an incomplete file: then what was missing"
expect_eq "$(started_steps)" "" "a stop in an incomplete file: no step starts"

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
sed 's/^chest_pain = false$/chest_pain = "no"/' "$no_answers" >"$SCRATCH/type.toml"
run_knead run "$routine" --plain --answers "$SCRATCH/type.toml"
expect_code 2 "wrong type"
line=$(grep -n '^chest_pain' "$SCRATCH/type.toml" | cut -d: -f1)
expect_contains "$err" "$SCRATCH/type.toml:$line:14: the answer to \"chest_pain\" must be true or false" \
  "wrong type"
run_knead run "$routine" --plain --answers "$SCRATCH/nowhere.toml"
expect_code 2 "no such answers file"

# No terminal and no answers: refuse, and say how.
run_knead run "$routine" --plain
expect_code 2 "no terminal, no answers"
expect_contains "$err" "knead: error: the safety questions need answers, and there is no terminal to ask them on; write them to a file with 'knead questions $routine --template > answers.toml'" \
  "no terminal, no answers"

finish
