# Waiting itself fails in a live session: prlimit lowers the running knead's limit of
# open files below the three descriptors its ppoll() watches, so every later wait fails
# with EINVAL. The session must end at once rather than spin: exit 1, the terminal
# restored exactly, the summary and one error line, the history row interrupted.
# Not run in the sanitizer build (tests/e2e/CMakeLists.txt says why).
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
. "$(dirname "$0")/fault_lib.sh"

tmux_start
start_at hold
pid=$(knead_pid)
checks=$((checks + 1))
prlimit --pid "$pid" --nofile=2: || fail "prlimit could not lower the limit of $pid"
expect_exit 1 "a failing wait"
expect_screen "Session interrupted (error): 0 of 4 steps done" "the summary"
expect_screen "knead: error: the session had to end: waiting for its timer and keys failed (Invalid argument)" \
  "the error line"
expect_eq "$(tail -n 1 "$events" | jq -r '[.event, .reason] | join(" ")')" "session_end error" \
  "the last event"
expect_eq "$(last_outcome)" "interrupted" "the history"
expect_integrity "a failing wait"

finish
