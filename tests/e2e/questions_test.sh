# `knead questions`: the safety questions of a routine, as text, JSON and an answers template.
. "$(dirname "$0")/lib.sh"
# Whole lines are checked here; wrapping at the width (COLUMNS, 80 by default) is
# checked in show_test.sh, screening_tty_test.sh and wrap_test.sh.
export COLUMNS=1000

run_knead questions
expect_code 0 "questions"
expect_contains "$out" "saddle_bladder_bowel
  Since the pain began, have you had numbness around your genitals or buttocks" "questions"
expect_contains "$out" "skin_lower-back" "questions"
expect_contains "$out" "cold_allergy" "questions (lower-back has ice)"
expect_contains "$out" "reduced_feeling" "questions (lower-back has ice)"

run_knead questions lower-back --json
expect_code 0 "questions --json"
ids=$(printf '%s' "$out" | jq -r '[.[].id] | join(" ")')
expect_eq "$ids" "saddle_bladder_bowel both_legs serious_accident chest_pain high_temperature weight_loss night_pain leg_worsening minor_fall back_shape cough_sneeze between_shoulders passing_cold weak_back weak_back_cleared cancer_history cancer_checked bleeding pregnant pregnancy_urgent skin_lower-back skin_hips skin_buttocks cold_allergy reduced_feeling long_lasting" "--json ids"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "serious_accident") | .effect')" "stop-emergency" "--json effect"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "passing_cold") | .effect')" "stop-wait" "--json effect: a passing cold"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "weak_back_cleared") | .follows')" "weak_back" "--json follows"

run_knead questions --template
expect_code 0 "questions --template"
expect_contains "$out" "# serious_accident = " "--template"

# back-points: the leg clot before the steps on the legs, and the consult-first gate.
run_knead questions back-points --json
expect_code 0 "questions back-points --json"
expect_contains "$(printf '%s' "$out" | jq -r '[.[].id] | join(" ")')" "pregnancy_urgent leg_clot skin_lower-back" \
  "back-points: the leg clot"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "hip_points_cleared") | .acts_on')" "no" \
  "back-points: the hip-bone gate acts on a no"
run_knead questions back-points
expect_contains "$out" "hip_points_cleared
  Has a health professional told you it is fine for you to press the hip-bone points (BL53)?
  no: skip the steps on BL53" "back-points: the gate in words"
expect_not_contains "$out" "= false" "--template has no pre-filled answers"
expect_not_contains "$out" "= true" "--template has no pre-filled answers"

run_knead questions --json --template
expect_code 2 "--json with --template"

run_knead questions no-such-routine
expect_code 1 "unknown routine"

finish
