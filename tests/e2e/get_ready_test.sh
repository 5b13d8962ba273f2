# The get-ready before each side of a pressing step: in show's total and JSON, in the
# events, in the history's working time, set by the routine and the configuration,
# and on the live screen between the sides (tmux).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

routine="$SCRATCH/sides.toml"
cat >"$routine" <<'TOML'
title = "Both sides"
ready = "3s"

[[step]]
title = "Hips"
region = "hips"
hold = "6s"
sides = "left-then-right"

[[step]]
title = "Rest"
kind = "rest"
hold = "2s"
TOML
answers=$(all_no_answers "$routine")

run_knead show "$routine"
expect_code 0 "show"
expect_contains "$out" "Total 0:20 (0:06 of it getting ready)" "show: the total counts the get-ready"
run_knead show --json "$routine"
expect_eq "$(printf '%s' "$out" | jq -c '[.total_s, [.steps[] | .ready_s], [.steps[] | .start_s]]')" \
  "[20,[3,0],[0,18]]" "show --json: ready_s, and the starts after it"

run_knead show --script "$routine"
expect_contains "$out" " 0:00  get_ready   Get ready" "script: get ready at the start"
expect_contains "$out" " 0:03  hold        Hold for six seconds" "script: the hold after it"
expect_contains "$out" " 0:09  side_switch Switch to the right side" "script: the switch"
expect_contains "$out" " 0:09  get_ready   Get ready" "script: get ready between the sides"

events="$SCRATCH/events.jsonl"
run_knead run "$routine" --answers "$answers" --plain --speed 50 --events "$events" \
  --pain-before 3 --pain-after 2
expect_code 0 "run"
expect_eq "$(jq -c 'select(.event == "get_ready") | [.side, .t_ms, .duration_ms]' "$events" | tr '\n' ' ')" \
  '["left",0,3000] ["right",9000,3000] ' "events: a get_ready before each side"
expect_eq "$(jq -c 'select(.event == "press" or .event == "hold") | [.event, .side, .t_ms]' "$events" | head -1)" \
  '["hold","left",3000]' "events: the hold starts after the get-ready"
expect_eq "$(jq -r 'select(.event == "session_end") | .t_ms' "$events")" "20000" "events: the end"
expect_contains "$out" "get ready (left side) 0:03" "plain: the get-ready line"
run_knead history export
expect_eq "$(printf '%s\n' "$out" | jq -r 'select(.working_s != null) | .working_s' | head -1)" "20" \
  "history: the get-ready is working time"

# --from starts at a later step, with its own time only.
run_knead run "$routine" --answers "$answers" --plain --speed 50 --events "$events" --from 2 \
  --no-history
expect_code 0 "run --from 2"
expect_eq "$(jq -r 'select(.event == "session_end") | .t_ms' "$events")" "2000" "--from: no get-ready"

# The configuration's ready is for routines that set none; a step's own wins.
printf 'ready = "0s"\n' >"$XDG_CONFIG_HOME/knead/config.toml" 2>/dev/null ||
  { mkdir -p "$XDG_CONFIG_HOME/knead" && printf 'ready = "0s"\n' >"$XDG_CONFIG_HOME/knead/config.toml"; }
run_knead show "$routine"
expect_contains "$out" "Total 0:20 (0:06 of it getting ready)" "config: the routine's ready wins"
run_knead show lower-back
expect_contains "$out" "Total 23:00" "config: ready = 0s, no get-ready"
expect_not_contains "$out" "getting ready" "config: ready = 0s"
run_knead config
expect_contains "$out" 'ready = "0s"                    # file, line 1' "config shows ready"
printf 'ready = "12s"\n' >"$XDG_CONFIG_HOME/knead/config.toml"
run_knead list --json
expect_eq "$(printf '%s' "$out" | jq '.[] | select(.id == "lower-back") | .total_s')" "1416" \
  "config: 12 s before each of three steps, in list"
printf 'ready = "2m"\n' >"$XDG_CONFIG_HOME/knead/config.toml"
run_knead run "$routine" --answers "$answers" --plain --no-history
expect_code 1 "run refuses a broken ready"
expect_contains "$err" 'config.toml:1:9: error: "ready" is too long: 2m is more than 1m' "config error"
rm "$XDG_CONFIG_HOME/knead/config.toml"

# The live screen: GET READY before the first side and again between the sides.
tmux_start
run_live run "$routine" --answers "$answers" --no-history --speed 2 --events "$events"
expect_screen "GET READY · left side" "live: get ready first"
expect_screen "HOLD · left side" "live: then the hold"
expect_screen "GET READY · right side" "live: get ready between the sides"
expect_screen "HOLD · right side" "live: then the right side's hold"
expect_exit 0 "live run"

finish
