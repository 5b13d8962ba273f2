# Sourced (after lib.sh and tmux_lib.sh) by the tests that send a signal at a chosen
# point of a live session: start_at POINT runs the built-in lower-back on the tmux
# terminal and returns once the session is there, so the signal lands in that phase.
events="$SCRATCH/events.jsonl"
db="$XDG_STATE_HOME/knead/history.db"
answers=$(all_no_answers lower-back) # the safety questions, all "no"

# within_5s COMMAND...: until COMMAND succeeds, tried every 0.1 s; 1 when it never does.
within_5s() {
  local tries=50
  until "$@"; do
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || return 1
    sleep 0.1
  done
}

event_seen() { grep -qF -- "$1" "$events" 2>/dev/null; }

# wait_event TEXT: until a line of the events file contains TEXT; 1 when none does.
wait_event() { within_5s event_seen "$1"; }

# reach_event TEXT LABEL: a check that the session reaches the event.
reach_event() {
  checks=$((checks + 1))
  wait_event "$1" || fail "$2: no event '$1'; events: $(cat "$events" 2>/dev/null)
screen:
$(screen_text)"
}

# start_at POINT: question (the first safety question), hold (step 1's hold), pause
# (paused during that hold) or ice (the hold of step 4, the ice, after its prompt).
# At --speed 50 each of these phases lasts seconds, far longer than a signal takes.
start_at() {
  rm -f "$events"
  case "$1" in
  question)
    run_live run lower-back --pain-before 5 --speed 50 --events "$events"
    expect_screen "Question 1 of" "at the first safety question"
    ;;
  hold | pause)
    run_live run lower-back --answers "$answers" --pain-before 5 --speed 50 --events "$events"
    reach_event '"event":"hold","step":1,' "the hold"
    if [ "$1" = pause ]; then
      keys Space
      reach_event '"event":"paused"' "the pause"
    fi
    ;;
  ice)
    run_live run lower-back --answers "$answers" --pain-before 5 --speed 50 --from 4 \
      --events "$events"
    reach_event '"event":"before_prompt","step":4,' "the ice prompt"
    keys Enter
    reach_event '"event":"hold","step":4,' "the ice hold"
    ;;
  esac
}

# signal_knead SIGNAL: sends SIGNAL to the knead running in the tmux window.
signal_knead() {
  local pid
  pid=$(knead_pid)
  checks=$((checks + 1))
  if [ -z "$pid" ]; then
    fail "no knead process to send $1 to; screen:
$(screen_text)"
    return
  fi
  kill -s "$1" "$pid"
}

# last_outcome: the outcome `knead log` shows for the newest session ("" when none).
last_outcome() { "$KNEAD" log --json --limit 1 | jq -r '.[0].outcome // ""'; }

expect_integrity() {
  expect_eq "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok" "$1: integrity_check"
}

# caught_signal_at POINT SIGNAL CODE: a signal knead catches (TERM, HUP) at POINT. In a
# session: exit CODE, the terminal exactly as before, the summary naming the signal, the
# last event and the history row saying so. At a safety question nothing has started
# and nothing is recorded: the signal ends knead as its default action does, with the
# same code, and the line-mode terminal was never changed.
caught_signal_at() {
  local point=$1 signal=$2 code=$3 sessions_before
  sessions_before=$("$KNEAD" log --json | jq length)
  start_at "$point"
  signal_knead "$signal"
  expect_exit "$code" "SIG$signal at the $point"
  if [ "$point" = question ]; then
    expect_eq "$("$KNEAD" log --json | jq length)" "$sessions_before" \
      "SIG$signal at the $point: no session recorded"
    return
  fi
  expect_screen "Session interrupted (SIG$signal)" "SIG$signal at the $point: summary"
  expect_eq "$(tail -n 1 "$events" | jq -r '[.event, .reason] | join(" ")')" \
    "session_end SIG$signal" "SIG$signal at the $point: last event"
  expect_eq "$(last_outcome)" "interrupted" "SIG$signal at the $point: history"
  expect_integrity "SIG$signal at the $point"
}

# expect_exit_code CODE LABEL: waits for the run to end and checks only its exit code
# (after SIGKILL the terminal is left as the session had set it).
expect_exit_code() {
  within_5s test -f "$SCRATCH/code"
  expect_eq "$(cat "$SCRATCH/code" 2>/dev/null)" "$1" "$2: exit code"
}

# line_modes: the terminal's icanon and echo flags as `stty -a` in the tmux window
# prints them ("icanon echo" for a terminal in line mode).
line_modes() {
  rm -f "$SCRATCH/modes"
  keys "stty -a >'$SCRATCH/modes.tmp'; mv '$SCRATCH/modes.tmp' '$SCRATCH/modes'" Enter
  within_5s test -f "$SCRATCH/modes"
  grep -ow -e '-\?icanon' -e '-\?echo' "$SCRATCH/modes" | tr '\n' ' ' | sed 's/ $//'
}

# pane_state: whether the tmux window shows the alternate screen, and the cursor.
pane_state() {
  "${TMUX_CMD[@]}" display-message -p -t t 'alternate #{alternate_on} cursor #{cursor_flag}'
}

# gone PID: true when process PID has ended (a zombie has: its parent just has not
# collected it yet).
gone() {
  local state
  state=$(cut -d' ' -f3 "/proc/$1/stat" 2>/dev/null) || return 0
  [ "$state" = Z ]
}

# wait_gone PID LABEL: a check that process PID ends within 5 s.
wait_gone() {
  checks=$((checks + 1))
  within_5s gone "$1" || fail "$2: the process still runs"
}
