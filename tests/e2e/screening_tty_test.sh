# Screening on a real terminal (tmux): the questions come one at a time, Enter alone
# is not an answer, and a red flag ends with the stop message, exit 3 and the
# terminal settings exactly as they were.
. "$(dirname "$0")/lib.sh"

command -v tmux >/dev/null || { echo "FAIL: tmux is not installed" >&2; exit 1; }
unset TMUX
socket="knead-screening-$$"
tmux_() { tmux -L "$socket" "$@"; }
trap 'tmux_ kill-server 2>/dev/null; rm -rf "$SCRATCH"' EXIT

pane() { tmux_ capture-pane -p -t screening; }

# wait_for TEXT: waits up to 5 s for TEXT on the screen.
wait_for() {
  local i
  for i in $(seq 50); do
    pane | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  return 1
}

expect_screen() {
  checks=$((checks + 1))
  wait_for "$1" || fail "${2:-screen} should show '$1' but was: $(pane)"
}

expect_screen_lacks() {
  checks=$((checks + 1))
  if pane | grep -qF -- "$1"; then fail "${2:-screen} should not show '$1' but was: $(pane)"; fi
}

cat >"$SCRATCH/session.sh" <<SH
stty -g >"$SCRATCH/stty-before"
"$KNEAD" run lower-back
echo "\$?" >"$SCRATCH/code"
stty -g >"$SCRATCH/stty-after"
exec sleep 60
SH
tmux_ new-session -d -s screening -x 100 -y 40 "bash $SCRATCH/session.sh"

expect_screen "knead is self-care guidance, not medical advice." "intro"
expect_screen "Question 1 of 15: Since the pain began" "first question"
expect_screen_lacks "Question 2 of" "one question at a time"

tmux_ send-keys -t screening Enter
sleep 0.3
expect_screen_lacks "Question 2 of" "Enter alone is not an answer"

tmux_ send-keys -t screening n Enter
expect_screen "Question 2 of 15: Do you have pain, tingling, weakness or numbness in both legs?" \
  "second question"
expect_screen_lacks "Question 3 of" "one question at a time"

tmux_ send-keys -t screening b Enter
checks=$((checks + 1))
for i in $(seq 50); do
  [ "$(pane | grep -c 'Question 1 of 15')" -ge 2 ] && break
  sleep 0.1
done
[ "$(pane | grep -c 'Question 1 of 15')" -ge 2 ] || fail "b should ask question 1 again: $(pane)"
tmux_ send-keys -t screening n Enter
tmux_ send-keys -t screening y Enter
expect_screen "Seek emergency care now: call your local emergency number" "stop message"
expect_screen "The session has not started." "stop message"

for i in $(seq 50); do
  [ -s "$SCRATCH/stty-after" ] && break
  sleep 0.1
done
expect_eq "$(cat "$SCRATCH/code" 2>/dev/null)" "3" "exit code after a red flag"
expect_eq "$(cat "$SCRATCH/stty-after" 2>/dev/null)" "$(cat "$SCRATCH/stty-before")" \
  "terminal settings restored"

finish
