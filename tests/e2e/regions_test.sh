# Steps on several regions: `region = ["lower-back", "hips"]`. The built-in
# lower-back's ice lies on the back and the hips, so a skin problem on the hips
# leaves the ice out too; show lists every region; check reports each name.
. "$(dirname "$0")/lib.sh"

# The skin of the hips: the hip step and the ice (which lies on the hips) are skipped.
answers=$(all_no_answers lower-back)
sed -i 's/^skin_hips = false$/skin_hips = true/' "$answers"
events="$SCRATCH/events.jsonl"
run_knead run lower-back --plain --speed 1000 --no-history --events "$events" --answers "$answers"
expect_code 0 "lower-back with sore skin on the hips"
expect_eq "$(jq -r 'select(.event == "step_skipped") | "\(.step):\(.reason)"' "$events" | paste -sd ' ')" \
  "2:skin_hips 4:skin_hips" "the hip step and the ice are skipped"
expect_eq "$(jq -r 'select(.event == "step_start") | .step' "$events" | paste -sd ' ')" "1 3" "the rest runs"

# The skin question for a region only an ice step reaches is still asked.
mkdir -p "$SCRATCH/r"
cat >"$SCRATCH/r/two.toml" <<'TOML'
title = "Two regions"
[[step]]
title  = "Back"
region = "lower-back"
hold   = "5s"

[[step]]
title  = "Ice on the back and buttocks"
kind   = "ice"
region = ["lower-back", "buttocks"]
hold   = "5s"
sides  = "none"
TOML
run_knead questions "$SCRATCH/r/two.toml" --json
expect_eq "$(printf '%s' "$out" | jq -r '[.[] | select(.id | startswith("skin_")) | .id] | join(" ")')" \
  "skin_lower-back skin_buttocks" "one skin question per region, in order"

# show: the regions in the text, `regions` (and the first as `region`) in JSON.
run_knead show --brief lower-back
expect_contains "$out" "   8:15  4. Ice                 none      lower-back, hips  15:00   15:00
         (waits for you first)" "show lists the regions"
run_knead show lower-back --json
expect_eq "$(printf '%s' "$out" | jq -c '.steps[3] | [.region, .regions]')" '["lower-back",["lower-back","hips"]]' "json regions"
expect_eq "$(printf '%s' "$out" | jq -c '.steps[0] | [.region, .regions]')" '["lower-back",["lower-back"]]' "one region is a list of one"

# check: each name at its own position, with a did-you-mean.
cat >"$SCRATCH/r/bad.toml" <<'TOML'
title = "Bad regions"
[[step]]
title  = "Ice"
kind   = "ice"
region = ["lower-back", "hip", "lower-back"]
hold   = "5m"
[[step]]
title  = "Nothing"
region = []
hold   = "5m"
[[step]]
title  = "Number"
region = ["hips", 3]
hold   = "5m"
TOML
run_knead check --format short "$SCRATCH/r/bad.toml"
expect_code 1 "bad regions"
expect_eq "$err" "$SCRATCH/r/bad.toml:5:25: error: unknown region \"hip\"
  hint: did you mean \"hips\"?
$SCRATCH/r/bad.toml:5:32: error: region \"lower-back\" is named twice
  hint: name each region once
$SCRATCH/r/bad.toml:9:10: error: \"region\" is empty
  hint: add region = \"…\", one of shoulders, upper-back, lower-back, abdomen, hips, buttocks, legs, feet, hands
$SCRATCH/r/bad.toml:13:19: error: \"region\" must hold only strings, not an integer
  hint: put each entry in quotes" "each region checked"

finish
