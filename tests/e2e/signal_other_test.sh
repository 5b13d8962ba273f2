# Every signal that can end knead ends a session as SIGTERM does: Ctrl-\ (SIGQUIT,
# which raw mode still lets the keyboard send), SIGUSR1, SIGALRM on the live screen;
# SIGUSR2 and a real-time signal without one. Exit 128 + the signal, the terminal
# restored (line mode, the alternate screen left, the cursor shown), the row
# `interrupted`. A signal ignored by whoever started knead stays ignored (nohup), and
# a file over `ulimit -f` is a history warning, not a SIGXFSZ death.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start

# Ctrl-\ from the keyboard.
start_at hold
keys 'C-\'
expect_exit 131 "Ctrl-\\"
expect_screen "Session interrupted (SIGQUIT)" "Ctrl-\\: summary"
expect_eq "$(pane_state)" "alternate 0 cursor 1" "Ctrl-\\: the screen left"
expect_eq "$(tail -n 1 "$events" | jq -r '[.event, .reason] | join(" ")')" \
  "session_end SIGQUIT" "Ctrl-\\: last event"
expect_eq "$(last_outcome)" "interrupted" "Ctrl-\\: history"
expect_eq "$(find "$SCRATCH" "$HOME" -maxdepth 1 -name 'core*' | wc -l)" "0" "Ctrl-\\: no core file"

for signal in USR1 ALRM; do
  caught_signal_at hold "$signal" "$((128 + $(kill -l "$signal")))"
  expect_eq "$(pane_state)" "alternate 0 cursor 1" "SIG$signal: the screen left"
done

# plain_run ARGS...: a plain session in the background with the events file; sets $pid.
# (A script's background job starts with SIGINT and SIGQUIT ignored: the tests below
# use other signals, or make that explicit.)
plain_run() {
  rm -f "$events"
  "$@" run lower-back --answers "$answers" --pain-before 5 --speed 200 --events "$events" \
    </dev/null >"$SCRATCH/out" 2>"$SCRATCH/err" &
  pid=$!
  reach_event '"event":"hold","step":1,' "$1: the hold"
}

# ended_by SIGNAL CODE LABEL: knead ($pid) ended with CODE, the row and the last event
# naming the signal.
ended_by() {
  wait "$pid"
  expect_eq "$?" "$2" "$3: exit code"
  expect_eq "$(tail -n 1 "$events" | jq -r '[.event, .reason] | join(" ")')" \
    "session_end $1" "$3: last event"
  expect_eq "$(last_outcome)" "interrupted" "$3: history"
}

plain_run "$KNEAD"
kill -USR2 "$pid"
ended_by SIGUSR2 $((128 + $(kill -l USR2))) "SIGUSR2"

plain_run "$KNEAD"
kill -s RTMIN+2 "$pid"
ended_by SIGRTMIN+2 $((128 + $(kill -l RTMIN+2))) "SIGRTMIN+2"

# still_running LABEL: knead ($pid) lives on and its session goes on (a new event).
more_events_than() { [ "$(wc -l <"$events")" -gt "$1" ]; }
still_running() {
  local count
  count=$(wc -l <"$events")
  checks=$((checks + 1))
  within_5s more_events_than "$count" ||
    fail "$1: the session did not go on; stderr: $(cat "$SCRATCH/err"); events: $(cat "$events")"
  checks=$((checks + 1))
  gone "$pid" && fail "$1: knead ended"
}

# nohup: SIGHUP is ignored, and stays so.
plain_run nohup "$KNEAD"
kill -HUP "$pid"
still_running "nohup, SIGHUP"
kill -TERM "$pid"
ended_by SIGTERM 143 "nohup, then SIGTERM"

# SIGINT ignored by the parent (what a shell without job control does to `cmd &`).
plain_run sh -c 'trap "" INT; exec "$0" "$@"' "$KNEAD"
kill -INT "$pid"
still_running "SIGINT ignored"
kill -TERM "$pid"
ended_by SIGTERM 143 "SIGINT ignored, then SIGTERM"

# ulimit -f: the history cannot grow; the session runs to its end with a warning.
rm -f "$XDG_STATE_HOME/knead/history.db"*
# Its output goes through a pipe, which the limit does not touch.
output=$(
  ulimit -f 1
  exec "$KNEAD" run lower-back --answers "$answers" --pain-before 5 --pain-after 5 \
    --speed 1000 --plain </dev/null 2>&1
)
expect_eq "$?" "0" "ulimit -f: exit code"
expect_contains "$output" "knead: warning:" "ulimit -f: a warning"
expect_contains "$output" "Session complete" "ulimit -f: summary"

finish
