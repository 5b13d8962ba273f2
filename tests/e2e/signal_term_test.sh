# SIGTERM at each point of a live session: a safety question, a hold, a pause, the
# ice. Exit 143, the terminal restored, the session recorded as interrupted.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
for point in hold pause ice question; do
  caught_signal_at "$point" TERM 143
done

# A burst of signals (as when a terminal closes: the shell passes SIGHUP on, then the
# kernel sends another) must not cut short the writing of the history row.
start_at hold
pid=$(knead_pid)
while kill -TERM "$pid" 2>/dev/null; do
  : # as fast as the shell can, until the process is gone
done
expect_exit_code 143 "a burst of SIGTERM"
expect_eq "$(last_outcome)" "interrupted" "a burst of SIGTERM: history"

finish
