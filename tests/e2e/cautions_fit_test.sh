# Cautions and skips fit the step: a weak back's caution goes on the steps that press
# on the back, not on the hands or feet; the cold question also covers heat.
. "$(dirname "$0")/lib.sh"

events="$SCRATCH/events.jsonl"
answers=$(all_no_answers back-points)
sed -i 's/^weak_back = false$/weak_back = true/; s/^weak_back_cleared = false$/weak_back_cleared = true/; s/^hip_points_cleared = false$/hip_points_cleared = true/' "$answers"
run_knead run back-points --plain --speed 1000 --no-history --events "$events" --answers "$answers"
expect_code 0 "back-points, weak back cleared"
expect_eq "$(jq -r 'select(.event == "caution") | .step' "$events" | paste -sd ' ')" "1 5" \
  "the back's caution on the lower back and the hip bone only"
expect_not_contains "$out" "caution for step 7" "no back caution before a hand step"
expect_contains "$out" "caution for step 1: Gentle pressure only: your back needs care" "the caution, plain"

mkdir -p "$SCRATCH/r"
cat >"$SCRATCH/r/warm.toml" <<'TOML'
title = "Warm"
[[step]]
title  = "Back"
region = "lower-back"
hold   = "5s"
[[step]]
title  = "Heat"
kind   = "heat"
region = "lower-back"
hold   = "5s"
TOML
run_knead questions "$SCRATCH/r/warm.toml" --json
expect_contains "$(printf '%s' "$out" | jq -r '.[].id' | paste -sd ' ')" "reduced_feeling" "asked for heat"
expect_not_contains "$(printf '%s' "$out" | jq -r '.[].id' | paste -sd ' ')" "cold_allergy" "no cold allergy question for heat"
answers=$(all_no_answers "$SCRATCH/r/warm.toml")
sed -i 's/^reduced_feeling = false$/reduced_feeling = true/' "$answers"
run_knead run "$SCRATCH/r/warm.toml" --plain --speed 1000 --no-history --events "$events" --answers "$answers"
expect_code 0 "heat with reduced feeling"
expect_eq "$(jq -r 'select(.event == "step_skipped") | "\(.step):\(.reason):\(.text)"' "$events")" \
  "2:reduced_feeling:ice and heat are not advised with numb skin, reduced feeling or poor circulation" "heat skipped"

finish
