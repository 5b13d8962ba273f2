# The live screen survives a terminal shrunk to 20x5 in mid-session and grown back to
# 100x30: the small screen keeps the title, the phase with its countdown and the keys,
# the full one comes back whole, and the session ends normally.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# Two short steps: 1:04 of session time each, 1.6 s at --speed 40.
cat >"$SCRATCH/short.toml" <<'TOML'
title = "Short"
[[step]]
title = "Hips"
region = "hips"
press = "2s"
hold = "1m"
release = "2s"
[[step]]
title = "Buttocks"
region = "buttocks"
press = "2s"
hold = "1m"
release = "2s"
TOML
answers=$(all_no_answers "$SCRATCH/short.toml")

tmux_start
run_live run "$SCRATCH/short.toml" --answers "$answers" --pain-before 5 --pain-after 5 --speed 40
expect_screen "step 1/2" "live screen"
# Paused, so the screen holds still while it is read.
keys Space
expect_screen "PAUSED" "after space"

"${TMUX_CMD[@]}" resize-window -t t -x 20 -y 5
expect_screen "Hips" "20x5: the title"
small=$(screen_text)
expect_contains "$small" "PAUSED" "20x5: the phase"
expect_contains "$small" "space" "20x5: the keys"
checks=$((checks + 1))
grep -q '[0-9]:[0-9][0-9]' <<<"$small" || fail "20x5: no countdown in:
$small"
# capture-pane gives one line per row: exactly five, none wider than the terminal.
expect_eq "$(wc -l <<<"$small")" "5" "20x5: rows"
checks=$((checks + 1))
awk 'length($0) > 20 { bad = 1 } END { exit bad }' <<<"$small" ||
  fail "20x5: a row wider than 20 columns:
$small"

"${TMUX_CMD[@]}" resize-window -t t -x 100 -y 30
expect_screen "Next: Buttocks" "100x30: the full screen again"
expect_screen "step 1/2" "100x30: the header"
bar=$(screen_text | grep '^session ')
expect_eq "${#bar}" "100" "100x30: the session bar spans the width"
# Nothing of the small layout is left over: one step line, and it has its bar.
expect_eq "$(screen_text | grep -c '^step ')" "1" "100x30: step lines"
expect_contains "$(screen_text | grep '^step ')" "[" "100x30: the step bar"
keys Space
expect_exit 0 "the session after the resizes"
expect_screen "Session complete: 2 of 2 steps done" "the summary"

finish
