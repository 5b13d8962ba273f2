# Cold and heat on the skin through the real binary: a skin check every 5 minutes, at
# most 20 minutes on the skin with + and with a pause (the step ends and says why),
# the lift-it-off line while paused, and the pressure guidance of pressing steps.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

mkdir -p "$SCRATCH/r"
cat >"$SCRATCH/r/ice.toml" <<'TOML'
title = "Press, then ice"
[[step]]
title  = "Back"
region = "lower-back"
hold   = "5s"

[[step]]
title  = "Ice"
kind   = "ice"
region = ["lower-back", "hips"]
hold   = "15m"
sides  = "none"
TOML
answers=$(all_no_answers "$SCRATCH/r/ice.toml")
events="$SCRATCH/events.jsonl"

# Without a terminal: the checks at 5 and 10 minutes of ice, none at its end.
run_knead run "$SCRATCH/r/ice.toml" --plain --speed 1000 --no-history --events "$events" --answers "$answers"
expect_code 0 "ice run"
expect_eq "$(jq -r 'select(.event == "skin_check") | "\(.step) \(.t_ms)"' "$events" | paste -sd ' ')" \
  "2 310000 2 610000" "skin checks every 5 minutes of the ice"
expect_contains "$out" "[5:10]   Check your skin under the ice pack: take it off if the skin has gone numb." "plain skin check"
expect_contains "$out" "[0:00] step 1/2: Back - Firm but comfortable; ease off if it hurts or tingling spreads." "pressure guidance, plain"
expect_eq "$(jq -r 'select(.event == "step_start") | .text // ""' "$events" | paste -sd '|')" \
  "Firm but comfortable; ease off if it hurts or tingling spreads.|" "pressure guidance in the events, not on ice"

# lower-back names heat as its ice's alternative.
run_knead show --brief lower-back
expect_contains "$out" "   8:15  4. Ice                 none      lower-back, hips  15:00   15:00
         (waits for you first)
            or: Heat            none      lower-back, hips  15:00   15:00
         (instead of step 4 when it is not safe for you)" "show the alternative"
run_knead show lower-back --json
expect_eq "$(printf '%s' "$out" | jq -c '.steps[3].alternative | [.title, .kind, .regions, .hold_s]')" \
  '["Heat","heat",["lower-back","hips"],900]' "json alternative"
expect_eq "$(printf '%s' "$out" | jq -c '.steps[0].alternative')" "null" "no alternative"

# In a terminal, 19 minutes of ice and 2 minutes added: the limit ends it at 20:00.
cat >"$SCRATCH/r/long.toml" <<'TOML'
title = "Long ice"
[[step]]
title  = "Ice"
kind   = "ice"
region = "lower-back"
hold   = "19m"
sides  = "none"
[[step]]
title  = "Lie still"
kind   = "rest"
hold   = "1m"
TOML
long_answers=$(all_no_answers "$SCRATCH/r/long.toml")
tmux_start
run_live run "$SCRATCH/r/long.toml" --answers "$long_answers" --no-history --speed 100 --events "$events"
expect_screen "On the skin " "time on the skin"
keys + + + + + + + +
within_5s grep -q '"adjust_ms":15000' "$events"
expect_eq "$(jq -r 'select(.event == "adjusted") | .adjust_ms' "$events" | paste -sd ' ')" \
  "15000 15000 15000 15000 15000 15000 15000 15000" "eight times +15 s"
checks=$((checks + 1))
within_15s() { local tries=150; until "$@"; do tries=$((tries - 1)); [ "$tries" -gt 0 ] || return 1; sleep 0.1; done; }
within_15s grep -q '"event":"skin_limit"' "$events" || fail "no skin_limit event; screen: $(screen_text)"
expect_eq "$(jq -r 'select(.event == "skin_limit") | "\(.step) \(.t_ms) \(.text)"' "$events")" \
  "1 1200000 That is 20 minutes of ice, the most for the skin at one time: take the pack off now." "the limit, with +"
expect_eq "$(jq -r 'select(.event == "step_end") | "\(.step) \(.reason // "")"' "$events" | head -n 1)" \
  "1 skin_limit" "the step ends for the limit"
expect_screen "Lie still" "the next step runs"
keys q
keys y
expect_exit 4 "quit after the limit"

# Paused on the ice: the screen says to lift it off, and the limit still comes.
run_live run "$SCRATCH/r/long.toml" --answers "$long_answers" --no-history --speed 100 --events "$events"
expect_screen "On the skin " "time on the skin"
keys Space
expect_screen "Lift the ice pack off your skin until you go on." "paused on ice"
expect_eq "$(jq -r 'select(.event == "paused") | .text' "$events")" "Lift the ice pack off your skin until you go on." "paused event"
checks=$((checks + 1))
within_15s grep -q '"event":"skin_limit"' "$events" || fail "no skin_limit while paused; screen: $(screen_text)"
expect_eq "$(jq -r 'select(.event == "skin_check" or .event == "skin_limit") | "\(.event) \(.t_ms)"' "$events" | paste -sd ' ')" \
  "skin_check 300000 skin_check 600000 skin_check 900000 skin_limit 1200000" "checks and the limit while paused"
expect_screen "Lie still" "the next step, still paused"
expect_screen "PAUSED" "still paused"
keys q
keys y
expect_exit 4 "quit while paused"

finish
