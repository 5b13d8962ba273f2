# Signals on the live screen (tmux): Ctrl-C exits 130, Ctrl-Z suspends with the
# terminal restored and `fg` comes back paused, SIGTERM exits 143; `stty -g` is the
# same before and after each.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# The safety questions are answered by a file (all "no"); screening_tty tests asking them.
answers=$(all_no_answers lower-back)

events="$SCRATCH/events.jsonl"
# The pain ratings come as flags: these tests are about the screen, not the questions.
tmux_start
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20 --events "$events"
expect_screen "Paraspinal muscles" "live screen"
keys C-c
expect_exit 130 "Ctrl-C"
expect_screen "Session interrupted (SIGINT)" "summary after Ctrl-C"
expect_eq "$(tail -n 1 "$events" | jq -r .reason)" "SIGINT" "last event after Ctrl-C"

# Ctrl-Z stops the job, so the command line is split where bash gives control back.
rm -f "$SCRATCH/code"
keys "clear; stty -g >'$SCRATCH/before'; '$KNEAD' run lower-back --answers '$answers' --pain-before 5 --pain-after 5 --speed 20 --events '$events'" Enter
expect_screen "Paraspinal muscles" "live screen"
keys C-z
expect_screen "Stopped" "after Ctrl-Z"
keys "clear; stty -g >'$SCRATCH/during.tmp'; mv '$SCRATCH/during.tmp' '$SCRATCH/during'" Enter
within_5s test -f "$SCRATCH/during"
checks=$((checks + 1))
cmp -s "$SCRATCH/before" "$SCRATCH/during" ||
  fail "stty -g while suspended: $(cat "$SCRATCH/before") -> $(cat "$SCRATCH/during")"
keys "fg; echo \$? >'$SCRATCH/code.tmp'; stty -g >'$SCRATCH/after'; " \
  "mv '$SCRATCH/code.tmp' '$SCRATCH/code'" Enter
expect_screen "Paraspinal muscles" "after fg"
expect_screen "PAUSED" "after fg, still paused"
expect_eq "$(jq -r 'select(.event == "paused") | .event' "$events")" "paused" "Ctrl-Z pauses"
keys q y
expect_exit 4 "q then y after fg"

run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20
expect_screen "Paraspinal muscles" "live screen"
kill -TERM "$(knead_pid)"
expect_exit 143 "SIGTERM"
expect_screen "Session interrupted (SIGTERM)" "summary after SIGTERM"

run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 20
expect_screen "Paraspinal muscles" "live screen"
kill -HUP "$(knead_pid)"
expect_exit 129 "SIGHUP"

finish
