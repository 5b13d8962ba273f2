# Hands-free: with hands_free = true in the configuration (or --hands-free), a whole
# lower-back session runs on the live screen from start to end without a key: its
# `before` prompt says "Ready? Starting in ten seconds." and goes on by itself. A key
# still starts the step sooner.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

answers=$(all_no_answers lower-back)
events="$SCRATCH/events.jsonl"
# A fake espeak-ng first on PATH, for the tmux server and so for the session in it.
fakes="$SCRATCH/fakes"
mkdir -p "$fakes"
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >>"%s/speech.log"\n' "$SCRATCH" >"$fakes/espeak-ng"
chmod +x "$fakes/espeak-ng"
export PATH="$fakes:$PATH"
mkdir -p "$XDG_CONFIG_HOME/knead"
printf 'hands_free = true\nvoice = true\n' >"$XDG_CONFIG_HOME/knead/config.toml"

tmux_start
# 23:25 of session time at --speed 100: about 14 s, not one key pressed.
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 100 \
  --events "$events"
expect_screen "Paraspinal muscles" "the live screen"
checks=$((checks + 1))
wait_for "BEFORE YOU START  starting in" 300 ||
  fail "the before prompt never counted down; screen: $(screen_text)"
expect_exit_within() {
  local tries=$1
  while [ ! -f "$SCRATCH/code" ] && [ "$tries" -gt 0 ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
}
expect_exit_within 600
expect_exit 0 "a hands-free session"
expect_screen "Session complete: 4 of 4 steps done, 0 skipped; 23:25 in all" "the summary"
prompt_t=$(jq -r 'select(.event == "before_prompt") | .t_ms' "$events")
expect_eq "$prompt_t" "495000" "the before prompt"
expect_eq "$(jq -r 'select(.event == "before_prompt") | .duration_ms' "$events")" "10000" \
  "the prompt's lead-in in the events"
expect_eq "$(jq -r 'select(.event == "step_start" and .step == 4) | .t_ms' "$events")" \
  "505000" "the ice step starts ten seconds after its prompt"
expect_eq "$(tail -n 1 "$events" | jq -r .reason)" "completed" "the session ended by itself"
expect_eq "$(jq -s 'map(select(.event == "paused" or .event == "quit")) | length' "$events")" \
  "0" "no key was pressed"
checks=$((checks + 1))
within_5s grep -q "Ready? Starting in ten seconds." "$SCRATCH/speech.log" ||
  fail "the countdown was not spoken: $(cat "$SCRATCH/speech.log" 2>/dev/null)"

# A key still works: at the ice step's prompt at speed 1, Enter starts it at once.
printf 'voice = true\n' >"$XDG_CONFIG_HOME/knead/config.toml"
rm -f "$events"
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --from 4 \
  --hands-free --events "$events"
expect_screen "BEFORE YOU START  starting in 0:0" "the prompt's countdown, from --hands-free"
keys Enter
expect_screen "ICE  14:" "the step after Enter"
keys q
expect_screen "Quit the session?" "q"
keys y
expect_exit 4 "quit after Enter"
started=$(jq -r 'select(.event == "step_start") | .t_ms' "$events")
checks=$((checks + 1))
[ -n "$started" ] && [ "$started" -lt 10000 ] ||
  fail "Enter should start the step before the lead-in ends, it started at $started"

# Without it, the prompt waits for a key (nothing counts down).
rm "$XDG_CONFIG_HOME/knead/config.toml"
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --from 4
expect_screen "BEFORE YOU START" "a prompt that waits"
expect_not_contains "$(screen_text)" "starting in" "a prompt that waits"
keys q
keys y
expect_exit 4 "quit at a waiting prompt"

finish
