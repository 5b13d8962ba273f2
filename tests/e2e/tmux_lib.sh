# Sourced by the tests that drive the live screen through a real terminal: a private
# tmux server (its own socket, no user config) with one 100x30 window running bash.
# Sets $TMUX_CMD; the server is killed on exit.
TMUX_SOCKET="knead-e2e-$$"
TMUX_CMD=(tmux -L "$TMUX_SOCKET" -f /dev/null)
trap '"${TMUX_CMD[@]}" kill-server 2>/dev/null; rm -rf "$SCRATCH"' EXIT

# tmux_start: a fresh session named "t" running an interactive bash without rc files.
tmux_start() {
  "${TMUX_CMD[@]}" kill-server 2>/dev/null
  "${TMUX_CMD[@]}" new-session -d -s t -x 100 -y 30 \
    "env PS1='$ ' HOME='$HOME' bash --norc --noprofile -i"
  "${TMUX_CMD[@]}" set-option -t t -g remain-on-exit on >/dev/null
  wait_for '$' 30
}

screen_text() { "${TMUX_CMD[@]}" capture-pane -p -t t; }
keys() { "${TMUX_CMD[@]}" send-keys -t t "$@"; }

# wait_for TEXT [TENTHS]: until the screen contains TEXT (default 5 s); 1 when it never does.
wait_for() {
  local tries=${2:-50}
  while [ "$tries" -gt 0 ]; do
    case "$(screen_text)" in
    *"$1"*) return 0 ;;
    esac
    sleep 0.1
    tries=$((tries - 1))
  done
  return 1
}

# expect_screen TEXT LABEL: a check that the screen shows TEXT within 5 s.
expect_screen() {
  checks=$((checks + 1))
  wait_for "$1" || fail "${2:-screen} should show '$1' but was:
$(screen_text)"
}

# run_live ARGS...: types a command line that records `stty -g`, runs knead with ARGS
# (and the environment in $RUN_ENV, such as TERM=dumb) and records its exit code and
# `stty -g` afterwards, in $SCRATCH/{before,code,after}.
run_live() {
  rm -f "$SCRATCH/code"
  keys "clear; stty -g >'$SCRATCH/before'; ${RUN_ENV:-} '$KNEAD' $*; echo \$? >'$SCRATCH/code.tmp'; " \
    "stty -g >'$SCRATCH/after'; mv '$SCRATCH/code.tmp' '$SCRATCH/code'" Enter
}

# knead_pid: the knead process started by the shell in the tmux window.
knead_pid() { pgrep -P "$("${TMUX_CMD[@]}" display-message -p -t t '#{pane_pid}')" -x knead; }

# expect_exit CODE LABEL: waits for the run to end, checks its exit code and that the
# terminal settings are exactly what they were before.
expect_exit() {
  local tries=50
  while [ ! -f "$SCRATCH/code" ] && [ "$tries" -gt 0 ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
  checks=$((checks + 2))
  if [ ! -f "$SCRATCH/code" ]; then
    fail "$2: the session did not end; screen:
$(screen_text)"
    return
  fi
  [ "$(cat "$SCRATCH/code")" = "$1" ] || fail "$2: expected exit $1, got $(cat "$SCRATCH/code")"
  cmp -s "$SCRATCH/before" "$SCRATCH/after" ||
    fail "$2: stty -g changed: $(cat "$SCRATCH/before") -> $(cat "$SCRATCH/after")"
}
