# SIGHUP at each point of a live session: a safety question, a hold, a pause, the
# ice. Exit 129, the terminal restored, the session recorded as interrupted.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
for point in hold pause ice question; do
  caught_signal_at "$point" HUP 129
done

finish
