# `knead questions`: the safety questions of a routine, as text, JSON and an answers template.
. "$(dirname "$0")/lib.sh"

run_knead questions
expect_code 0 "questions"
expect_contains "$out" "saddle_bladder_bowel
  Since the pain began, have you had numbness around your genitals or buttocks" "questions"
expect_contains "$out" "skin_lower-back" "questions"
expect_contains "$out" "cold_sensitive" "questions (lower-back has ice)"

run_knead questions lower-back --json
expect_code 0 "questions --json"
ids=$(printf '%s' "$out" | jq -r '[.[].id] | join(" ")')
expect_eq "$ids" "saddle_bladder_bowel both_legs injury fever_unwell weight_cancer night_pain leg_worsening weak_back weak_back_cleared bleeding pregnant skin_lower-back skin_hips skin_buttocks cold_sensitive long_lasting" "--json ids"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "injury") | .effect')" "stop-emergency" "--json effect"
expect_eq "$(printf '%s' "$out" | jq -r '.[] | select(.id == "weak_back_cleared") | .follows')" "weak_back" "--json follows"

run_knead questions --template
expect_code 0 "questions --template"
expect_contains "$out" "# injury = " "--template"
expect_not_contains "$out" "= false" "--template has no pre-filled answers"
expect_not_contains "$out" "= true" "--template has no pre-filled answers"

run_knead questions --json --template
expect_code 2 "--json with --template"

run_knead questions no-such-routine
expect_code 1 "unknown routine"

finish
