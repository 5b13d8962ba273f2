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
expect_screen "Question 1 of 8: Do you have any of these?" "first question: the emergency signs"
expect_screen "  - chest pain as well as the back pain" "the signs as a bulleted list"
expect_no_screen "Question 2 of" "one question at a time"

keys Enter
# Enter alone asks again: the prompt shows a second time, and the question is still 1.
wait_for_count "[y/n, ? = why]" 2
expect_eq "$(count_on_screen "[y/n, ? = why]")" "2" "Enter alone asks again"
expect_no_screen "Question 2 of" "Enter alone is not an answer"

keys n Enter
expect_screen "Question 2 of 8: Do you have any of these?" "second question: the urgent signs"
expect_screen "  - a high temperature (a fever)" "the urgent signs listed"
expect_no_screen "Question 3 of" "one question at a time"

# last_question: the last question number on the screen (a group's list is long: the
# first time it was asked may have scrolled away).
last_question() { screen_text | grep -o "Question [0-9]* of [0-9]*" | tail -1; }
keys b Enter
tries=50
while [ "$(last_question)" != "Question 1 of 8" ] && [ "$tries" -gt 0 ]; do
  sleep 0.1
  tries=$((tries - 1))
done
expect_eq "$(last_question)" "Question 1 of 8" "b asks the first question again"

# A yes to the emergency signs: the stop, at once, wrapped to the terminal's 80
# columns as they are when it is printed.
"${TMUX_CMD[@]}" resize-window -t t -x 80 -y 30
keys y Enter
expect_screen "Seek emergency care now: call your local emergency number or go to an emergency" "stop message"
expect_screen "department. Do not massage your back." "stop message, second line"
expect_screen "  - you have one of the signs that need emergency care" "the reason"
expect_screen "The session has not started." "stop message"
expect_eq "$(last_question)" "Question 1 of 8" "a yes to the emergency signs ends the questions"
expect_exit 3 "a red flag"

# The urgent signs: which, by number, then the stop.
run_live run lower-back
expect_screen "Question 1 of 8:" "urgent: first question"
keys n Enter
expect_screen "Question 2 of 8:" "urgent: the urgent signs"
keys y Enter
expect_screen "Which of them? Type their numbers, such as 1 3" "which of them"
keys 1 Enter
expect_screen "See a doctor today. Do not treat this yourself until a doctor has checked it." "urgent stop"
expect_screen "  - back pain with a high temperature should be checked by a doctor" "urgent reason"
expect_exit 3 "an urgent sign"
"${TMUX_CMD[@]}" resize-window -t t -x 100 -y 30

# A first all-clear lower-back run asks 8 questions, no more. The sessions run from
# copies without their `before` prompts (a user routine shadows the built-in of its
# name); their questions are the built-ins'.
mkdir -p "$XDG_CONFIG_HOME/knead/routines"
for r in lower-back back-points; do
  sed '/^before/d' "$KNEAD_SOURCE_DIR/routines/$r.toml" >"$XDG_CONFIG_HOME/knead/routines/$r.toml"
done
run_live run lower-back --plain --speed 1000 --no-history
for i in $(seq 8); do
  expect_screen "Question $i of 8:" "lower-back: question $i of 8"
  keys n Enter
done
expect_exit 0 "lower-back all clear"
expect_no_screen "Question 9" "at most 8 questions"
expect_eq "$(sed -n 1p "$XDG_STATE_HOME/knead/last-check")" "knead last-check 2" "the record"

# A second routine the same day: one positive question, then only its new questions
# (the leg clot, the skin of its other regions, its hip-bone gate).
run_live run back-points --plain --speed 1000 --no-history
expect_screen "Has anything changed since your check at " "the re-confirmation"
expect_screen "y = answer again, n = go on" "the re-confirmation says what each answer does"
keys n Enter
expect_screen "Question 1 of 3: Do you have pain, swelling, warmth, or red or darkened skin" \
  "back-points: the leg clot"
keys n Enter
expect_screen "Question 2 of 3: Is the skin on any of these broken" "back-points: the skin of its new regions"
expect_no_screen "  - your lower back" "the lower back was answered already"
keys n Enter
expect_screen "Question 3 of 3: Has a health professional told you it is fine" "back-points: the gate"
keys y Enter
expect_exit 0 "back-points after lower-back"
expect_no_screen "Question 4" "only the new questions"

# y to the re-confirmation asks everything again; the input ending is an error.
run_live run lower-back --plain --speed 1000 --no-history
expect_screen "Has anything changed since your check at " "re-confirmation again"
keys y Enter
expect_screen "Question 1 of 8:" "y asks every question again"
keys n Enter
expect_screen "Question 2 of 8:" "the second question"
keys C-d
expect_exit 2 "input ended"
expect_screen "knead: error: the input ended before this question was answered" "input ended"

# Ctrl-\ at a question ends knead as during a session: exit 131, the terminal as it
# was, and no "Quit (core dumped)": it was not a crash.
run_live run lower-back --plain --speed 1000 --no-history
# The last run's screen, which shows the same question, must be cleared first: a key
# sent to a knead still starting would meet the default action, not knead's.
for _ in $(seq 50); do
  case "$(screen_text)" in *"the input ended"*) sleep 0.1 ;; *) break ;; esac
done
expect_screen "Has anything changed since your check at " "before Ctrl-\\"
keys 'C-\'
expect_exit 131 "Ctrl-\\ at a question"
expect_no_screen "Quit" "Ctrl-\\ at a question: no core dump"

finish
