# SIGHUP at each point of a live session: a safety question, a hold, a pause, the
# ice. Exit 129, the terminal restored, the session recorded as interrupted. Then the
# terminal really hangs up in the middle of a hold.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
for point in hold pause ice question; do
  caught_signal_at "$point" HUP 129
done

# The real hang-up: the terminal itself goes away (its window is closed), so nothing
# can be restored or printed there; knead must still end and record the session.
start_at hold
pid=$(knead_pid)
"${TMUX_CMD[@]}" kill-pane -t t
wait_gone "$pid" "the terminal gone"
expect_eq "$(tail -n 1 "$events" | jq -r '[.event, .reason] | join(" ")')" "session_end SIGHUP" \
  "the terminal gone: last event"
expect_eq "$(last_outcome)" "interrupted" "the terminal gone: history"
expect_integrity "the terminal gone"

# The shell that would report the exit code dies with the terminal; here a wrapper that
# ignores SIGHUP keeps it, and the signal comes once the terminal is gone: every write
# of the ending fails, and the exit code is still 129. (knead itself is started with
# SIGHUP at its default: one it inherits ignored, as from nohup, stays ignored.)
rm -f "$events" "$SCRATCH/code"
"${TMUX_CMD[@]}" new-session -d -s gone -x 100 -y 30 "sh -c 'trap \"\" HUP; (trap - HUP; \
  exec \"$KNEAD\" run lower-back --answers \"$answers\" --pain-before 5 --speed 50 \
  --events \"$events\"); echo \$? >\"$SCRATCH/code\"'"
reach_event '"event":"hold","step":1,' "the hold, in the wrapper"
pid=$(pgrep -P "$("${TMUX_CMD[@]}" display-message -p -t gone '#{pane_pid}')" -x knead)
server=$("${TMUX_CMD[@]}" display-message -p '#{pid}')
"${TMUX_CMD[@]}" kill-server
wait_gone "$server" "the tmux server" # with it the terminal's master side is closed
kill -HUP "$pid"
wait_gone "$pid" "SIGHUP after the terminal went away"
expect_exit_code 129 "SIGHUP after the terminal went away"
expect_eq "$(last_outcome)" "interrupted" "SIGHUP after the terminal went away: history"
# Should it have survived, it must not outlive the test.
[ -z "$pid" ] || gone "$pid" || kill -KILL "$pid"

finish
