# The live screen in a real terminal (tmux): title and countdown, pause stops the
# countdown, resize redraws, q then y exits 4, and the terminal is restored exactly.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# The safety questions are answered by a file (all "no"); screening_tty tests asking them.
answers=$(all_no_answers lower-back)

events="$SCRATCH/events.jsonl"
# The pain ratings come as flags: these tests are about the screen, not the questions.
tmux_start
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20 --events "$events"
expect_screen "Paraspinal muscles" "live screen"
expect_screen "step 1/4" "live screen"
expect_screen "HOLD  1:" "countdown"
expect_screen "Next: Hip points" "live screen"
expect_screen "space pause" "key hints"
expect_not_contains "$(screen_text)" "$ stty" "alternate screen"

keys Space
expect_screen "PAUSED" "after space"
paused_at=$(screen_text | grep 'HOLD')
expect_eq "$(jq -r 'select(.event == "paused") | .event' "$events")" "paused" "paused event"

# The resize repaints the whole screen from the session's state: still the countdown
# it was paused at. (tests/unit/ui/session_loop_test.cpp checks exactly that nothing
# moves while paused; here the screen is only polled, never slept on.)
"${TMUX_CMD[@]}" resize-window -t t -x 60 -y 20
# ${#bar} counts characters (the locale is UTF-8), as the terminal does here.
session_bar_is() {
  local bar
  bar=$(screen_text | grep '^session ')
  [ "${#bar}" = "$1" ]
}
checks=$((checks + 1))
within_5s session_bar_is 60 || fail "the session bar should be 60 columns after the resize:
$(screen_text)"
expect_screen "PAUSED" "after resize"
expect_eq "$(screen_text | grep 'HOLD')" "$paused_at" "countdown while paused, after the resize"

keys Space
countdown_moved() { [ "$(screen_text | grep 'HOLD')" != "$paused_at" ]; }
checks=$((checks + 1))
within_5s countdown_moved || fail "the countdown did not move after resuming: $paused_at"
keys q
expect_screen "Quit the session? y = quit" "after q"
keys y
expect_exit 4 "q then y"
expect_screen "Session ended early: 0 of 4 steps done" "summary on the normal screen"
expect_eq "$(tail -n 1 "$events" | jq -r .reason)" "quit" "last event"

# Plain mode in a terminal still takes keys, and moves no cursor.
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --plain --speed 20
expect_screen "[0:00] step 1/4: Paraspinal muscles" "plain mode"
keys Space
expect_screen "] paused" "plain mode after space"
keys n
expect_screen "step 1/4 skipped: Paraspinal muscles" "plain mode after n"
keys q
expect_screen "Quit the session? y = quit, any other key = go on" "plain mode after q"
keys y
expect_exit 4 "plain mode, q then y"
# Step 1 skipped with n, step 2 cut short by the quit: both count as skipped.
expect_screen "Session ended early: 0 of 4 steps done, 2 skipped" "plain summary"

# TERM=dumb takes no cursor movement: plain lines, as --plain gives.
RUN_ENV="TERM=dumb" run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20
expect_screen "[0:00] step 1/4: Paraspinal muscles" "TERM=dumb: plain lines"
keys q
expect_screen "Quit the session? y = quit, any other key = go on" "TERM=dumb after q"
keys y
expect_exit 4 "TERM=dumb, q then y"
# No alternate screen was left: the lines are still there.
expect_contains "$(screen_text)" "[0:00] step 1/4: Paraspinal muscles" "TERM=dumb: the normal screen"

# A warning during the live screen (an events file that is full) goes on a line of
# the screen, not over it, and is printed again on the normal screen afterwards.
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20 \
  --events /dev/full
expect_screen "Warning: cannot write the events file /dev/full" "the warning on the screen"
expect_screen "Paraspinal muscles" "the screen with a warning"
expect_screen "session [" "the bars with a warning"
keys q
expect_screen "Quit the session? y = quit" "with a warning, after q"
keys y
expect_exit 4 "a session whose events file is full, quit"
expect_screen "knead: warning: cannot write the events file /dev/full" \
  "the warning again after the session"

finish
