# In a terminal, the pain rating is asked before and after the session; a wrong
# answer asks again, Enter skips. Then one line for a note: Enter skips it too.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# A one-step routine without a `before` prompt, so only the pain questions wait.
mkdir -p "$XDG_CONFIG_HOME/knead/routines"
cat >"$XDG_CONFIG_HOME/knead/routines/short.toml" <<'TOML'
title = "Short"
summary = "One short hold."

[[step]]
title  = "Paraspinal muscles"
region = "lower-back"
where  = "Both sides of the spine"
how    = "Press and hold."
hold   = "10s"
TOML

answers=$(all_no_answers short) # the safety questions, all "no"
tmux_start
run_live run short --answers "$answers" --plain --speed 1000
expect_screen "How is your pain right now, 0 (none) to 10 (worst imaginable)? Enter to skip" \
  "question before"
keys "12" Enter
expect_screen "Please type a whole number from 0 to 10, or press Enter to skip." "a wrong rating"
keys "6" Enter
expect_screen "Session complete" "the session ran"
screen_text | grep -A1 "^Session complete" | grep -q "^How is your pain" || fail "the question after should follow the summary: $(screen_text)"
checks=$((checks + 1))
keys Enter
expect_screen "A note for your diary? One line, Enter to skip:" "the note offered"
keys Enter
expect_exit 0 "run with ratings asked"

run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.outcome, .pain_before, .pain_after, .note]')" \
  '["completed",6,null,""]' "ratings asked in the terminal"

run_live run short --answers "$answers" --plain --speed 1000
expect_screen "How is your pain right now" "question before"
keys "5" Enter
expect_screen "Session complete" "the session ran"
keys "3" Enter
expect_screen "A note for your diary? One line, Enter to skip:" "the note offered"
keys "sore after gardening" Enter
expect_exit 0 "run with a note"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.pain_before, .pain_after, .note]')" \
  '[5,3,"sore after gardening"]' "the note given at the end"

finish
