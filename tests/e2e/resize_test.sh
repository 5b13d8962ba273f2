# The live screen survives a terminal shrunk to 20x5 in mid-session and grown back to
# 100x30: the small screen keeps the title, the phase with its countdown and the keys,
# the full one comes back whole, and the session ends normally.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# A long first step (15 s at --speed 40), so it is surely still running when paused;
# it is skipped once the screen is checked. The second lasts 1.6 s.
cat >"$SCRATCH/short.toml" <<'TOML'
title = "Short"
[[step]]
title = "Hips"
region = "hips"
press = "2s"
hold = "10m"
release = "2s"
[[step]]
title = "Buttocks"
region = "buttocks"
press = "2s"
hold = "1m"
release = "2s"
TOML
answers=$(all_no_answers "$SCRATCH/short.toml")

countdown_moved() { [ "$(screen_text | grep 'HOLD')" != "$hold_line" ]; }

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
# ${#row} counts characters (the locale is UTF-8), as the terminal does here.
while IFS= read -r row; do
  checks=$((checks + 1))
  [ "${#row}" -le 20 ] || fail "20x5: a row wider than 20 columns: '$row'"
done <<<"$small"

"${TMUX_CMD[@]}" resize-window -t t -x 100 -y 30
expect_screen "Next: Buttocks" "100x30: the full screen again"
expect_screen "step 1/2" "100x30: the header"
bar=$(screen_text | grep '^session ')
expect_eq "${#bar}" "100" "100x30: the session bar spans the width"
# Nothing of the small layout is left over: one step line, and it has its bar.
expect_eq "$(screen_text | grep -c '^step ')" "1" "100x30: step lines"
expect_contains "$(screen_text | grep '^step ')" "[" "100x30: the step bar"
keys Space
# The countdown runs again.
hold_line=$(screen_text | grep 'HOLD')
checks=$((checks + 1))
within_5s countdown_moved || fail "the countdown did not move after resuming: $hold_line"
keys n
expect_exit 0 "the session after the resizes"
expect_screen "Session complete: 1 of 2 steps done, 1 skipped" "the summary"

finish
