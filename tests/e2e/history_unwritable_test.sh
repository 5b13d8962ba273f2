# A history that cannot be written never stops a session: it runs to its own exit
# code with exactly one warning naming the file and the reason.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back) # the safety questions, all "no"

# A file where the knead folder should be (works even for root, unlike chmod).
echo "in the way" >"$XDG_STATE_HOME/knead"
run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-before 5 --pain-after 3
expect_code 0 "run with an unwritable history"
expect_contains "$out" "Session complete" "the session ran"
expect_eq "$err" "knead: warning: cannot record this session in the history: $XDG_STATE_HOME/knead/history.db: Not a directory" \
  "exactly one warning"

# No history file can exist there, so nothing was done today.
run_knead due lower-back
expect_code 0 "due with a file in the way"

# The same when the session ends early: its own exit code, one warning.
export XDG_STATE_HOME="$SCRATCH/state2"
mkdir -p "$XDG_STATE_HOME/knead"
echo "not a database" >"$XDG_STATE_HOME/knead/history.db"
run_knead run lower-back --answers "$answers" --plain --speed 1000
expect_code 0 "run with a broken history file"
expect_eq "$(printf '%s\n' "$err" | grep -c warning)" "1" "one warning"
expect_contains "$err" "history.db: file is not a database" "the reason"

finish
