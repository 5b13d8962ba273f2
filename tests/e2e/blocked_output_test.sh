# Outputs whose reader does not read: --events to a FIFO and stdout to a pipe, both
# already full (a reader holds them open and never reads). The session runs on time to
# its end, a signal still ends it, and one warning says what was left out.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back)
last_outcome() { "$KNEAD" log --json --limit 1 | jq -r '.[0].outcome // ""'; }

# full_fifo PATH FD: a FIFO at PATH held open on FD by this shell, which never reads it,
# and filled to the brim.
full_fifo() {
  mkfifo "$1"
  eval "exec $2<>\"\$1\""
  head -c 65536 /dev/zero >&"$2"
}
full_fifo "$SCRATCH/events.fifo" 3
full_fifo "$SCRATCH/stdout.fifo" 4

# session ARGS...: a plain session in the background (at most 20 s); sets $pid.
session() {
  timeout -s KILL 20 "$KNEAD" run lower-back --answers "$answers" --pain-before 5 \
    --pain-after 5 "$@" </dev/null 2>"$SCRATCH/err" &
  pid=$!
}

# --events to the full FIFO: the session completes at its speed; exit 1 with one
# warning, since the events were lost.
session --plain --speed 1000 --events "$SCRATCH/events.fifo" >/dev/null
wait "$pid"
expect_eq "$?" "1" "--events to a FIFO nobody reads: exit code"
expect_eq "$(grep -c 'knead: warning: cannot write the events file' "$SCRATCH/err")" "1" \
  "--events to a FIFO nobody reads: one warning ($(cat "$SCRATCH/err"))"
expect_eq "$(last_outcome)" "completed" "--events to a FIFO nobody reads: history"

# stdout to the full pipe: the session completes; its own exit code, one warning.
session --speed 1000 >"$SCRATCH/stdout.fifo"
wait "$pid"
expect_eq "$?" "0" "stdout to a pipe nobody reads: exit code"
expect_eq "$(grep -c 'knead: warning: the reader of standard output stopped reading' "$SCRATCH/err")" \
  "1" "stdout to a pipe nobody reads: one warning ($(cat "$SCRATCH/err"))"
expect_eq "$(last_outcome)" "completed" "stdout to a pipe nobody reads: history"

# The same, ended by SIGTERM (and --events - to the same pipe): it ends at once.
session --speed 20 --events - >"$SCRATCH/stdout.fifo"
sleep 1 # well into the first step
kill -TERM "$pid"
wait "$pid"
expect_eq "$?" "143" "SIGTERM with stdout blocked: exit code"
expect_eq "$(last_outcome)" "interrupted" "SIGTERM with stdout blocked: history"

finish
