# SIGKILL at each point of a live session: a hold, a pause, the ice, a safety question.
# Nothing can be caught, so knead can neither restore the terminal (docs/running.md
# tells the person how: `stty sane; tput cnorm; tput rmcup`) nor end its history row:
# the row stays "running", `knead log` shows it as abandoned, the database is intact.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
for point in hold pause ice; do
  start_at "$point"
  signal_knead KILL
  expect_exit_code 137 "SIGKILL at the $point"
  expect_integrity "SIGKILL at the $point"
  expect_eq "$(sqlite3 "$db" 'SELECT outcome FROM sessions ORDER BY id DESC LIMIT 1')" "running" \
    "SIGKILL at the $point: the stored row"
  expect_eq "$(last_outcome)" "abandoned" "SIGKILL at the $point: knead log"
  # The screen stays as the session had it: knead's alternate screen, the cursor hidden.
  # (bash puts the terminal modes back after a job killed by a signal; other shells don't.)
  expect_eq "$(pane_state)" "alternate 1 cursor 0" "SIGKILL at the $point: the screen left"
  keys "stty sane; tput cnorm; tput rmcup" Enter
  expect_eq "$(line_modes)" "icanon echo" "SIGKILL at the $point: modes after the repair"
  expect_eq "$(pane_state)" "alternate 0 cursor 1" "SIGKILL at the $point: screen after the repair"
done

# At a safety question the terminal is still in line mode and no row exists yet.
start_at question
signal_knead KILL
expect_exit 137 "SIGKILL at the question"
expect_eq "$("$KNEAD" log --json | jq length)" "3" "SIGKILL at the question: no new session"
expect_integrity "SIGKILL at the question"

finish
