# SIGSTOP in a hold, then `fg`: the session comes back paused as of the moment it
# stopped (the hold did not run on while stopped), and a key works at once.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
# At --speed 50 the 120 s hold of step 1 lasts 2.4 s: a stop of 3 s would run over it.
rm -f "$events" "$SCRATCH/code"
keys "clear; '$KNEAD' run lower-back --answers '$answers' --pain-before 5 --pain-after 5 --speed 50 --events '$events'" Enter
reach_event '"event":"hold","step":1,' "the hold"
pid=$(knead_pid)
kill -STOP "$pid"
expect_screen "Stopped" "after SIGSTOP"
sleep 3
keys "fg" Enter
reach_event '"event":"paused"' "paused after fg"
paused_at=$(jq -r 'select(.event == "paused") | .t_ms' "$events" | head -1)
checks=$((checks + 1))
[ "${paused_at:-999999}" -lt 130000 ] ||
  fail "the pause is at $paused_at ms, after the hold's end (130000): the stop ran as hold time"
checks=$((checks + 1))
grep -q '"event":"release","step":1,' "$events" &&
  fail "the hold ended while knead was stopped: $(cat "$events")"
keys Space
reach_event '"event":"resumed"' "Space after fg"
kill -TERM "$pid"
within_5s event_seen '"event":"session_end"'
paused_ms=$(jq -r 'select(.event == "session_end") | .paused_ms' "$events")
checks=$((checks + 1))
[ "${paused_ms:-0}" -ge 100000 ] || fail "session_end paused_ms $paused_ms: the stop (150 s of session time) is not counted as paused"

finish
