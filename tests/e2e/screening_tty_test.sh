# Screening on a real terminal (tmux): the questions come one at a time, Enter alone
# is not an answer, b goes back, and a red flag ends with the stop message, exit 3 and
# the terminal settings exactly as they were.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

# expect_no_screen TEXT LABEL: the screen does not show TEXT now.
expect_no_screen() {
  checks=$((checks + 1))
  case "$(screen_text)" in
  *"$1"*) fail "${2:-screen} should not show '$1' but was:
$(screen_text)" ;;
  esac
}

# count_on_screen TEXT: how many lines show TEXT.
count_on_screen() { screen_text | grep -cF -- "$1"; }

# wait_for_count TEXT N: until N lines show TEXT (at most 5 s).
wait_for_count() {
  local tries=50
  while [ "$(count_on_screen "$1")" -lt "$2" ] && [ "$tries" -gt 0 ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
}

tmux_start
run_live run lower-back
expect_screen "knead is self-care guidance, not medical advice." "intro"
expect_screen "Question 1 of 15: Since the pain began" "first question"
expect_no_screen "Question 2 of" "one question at a time"

keys Enter
# Enter alone asks again: the prompt shows a second time, and the question is still 1.
wait_for_count "[y/n, ? = why]" 2
expect_eq "$(count_on_screen "[y/n, ? = why]")" "2" "Enter alone asks again"
expect_no_screen "Question 2 of" "Enter alone is not an answer"

keys n Enter
expect_screen "Question 2 of 15: Do you have pain, tingling, weakness or numbness in both legs?" \
  "second question"
expect_no_screen "Question 3 of" "one question at a time"

keys b Enter
wait_for_count "Question 1 of 15" 2
expect_eq "$(count_on_screen "Question 1 of 15")" "2" "b asks the first question again"

keys n Enter
wait_for_count "Question 2 of 15" 2
keys y Enter
expect_screen "Seek emergency care now: call your local emergency number" "stop message"
expect_screen "The session has not started." "stop message"
expect_no_screen "Question 3 of" "a red flag ends the questions"
expect_exit 3 "a red flag"

# All "no": the next session within 24 hours asks one question instead; "n" to it asks
# everything again; the input ending mid-questions is an error, not a "no".
mkdir -p "$XDG_CONFIG_HOME/knead/routines"
cat >"$XDG_CONFIG_HOME/knead/routines/short.toml" <<'TOML'
title = "Short"
summary = "One short hold."

[[step]]
title  = "Paraspinal muscles"
region = "lower-back"
hold   = "5s"
TOML
run_live run short --plain --speed 1000 --no-history
for i in $(seq 12); do
  expect_screen "Question $i of 12:" "question $i of the short routine"
  keys n Enter
done
expect_exit 0 "all no"
expect_screen "Session complete: 1 of 1 steps done" "all no: the session ran"
expect_eq "$(sed -n 1p "$XDG_STATE_HOME/knead/last-check")" "knead last-check 1" "the record"

run_live run short --plain --speed 1000 --no-history
expect_screen "Nothing has changed since your check at " "re-confirmation"
expect_no_screen "Question 1 of" "one question instead of all"
keys y Enter
expect_exit 0 "re-confirmed"
expect_screen "Session complete: 1 of 1 steps done" "re-confirmed: the session ran"

run_live run short --plain --speed 1000 --no-history
expect_screen "Nothing has changed since your check at " "re-confirmation again"
keys n Enter
expect_screen "Question 1 of 12:" "n asks every question again"
keys n Enter
expect_screen "Question 2 of 12:" "the second question"
keys C-d
expect_exit 2 "input ended"
expect_screen "knead: error: the input ended before this question was answered" "input ended"

finish
