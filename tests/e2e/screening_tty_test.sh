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

tmux_start
run_live run lower-back
expect_screen "knead is self-care guidance, not medical advice." "intro"
expect_screen "Question 1 of 15: Since the pain began" "first question"
expect_no_screen "Question 2 of" "one question at a time"

keys Enter
sleep 0.3
expect_no_screen "Question 2 of" "Enter alone is not an answer"

keys n Enter
expect_screen "Question 2 of 15: Do you have pain, tingling, weakness or numbness in both legs?" \
  "second question"
expect_no_screen "Question 3 of" "one question at a time"

keys b Enter
wait_for_count() {
  local tries=50
  while [ "$(count_on_screen "$1")" -lt "$2" ] && [ "$tries" -gt 0 ]; do
    sleep 0.1
    tries=$((tries - 1))
  done
}
wait_for_count "Question 1 of 15" 2
expect_eq "$(count_on_screen "Question 1 of 15")" "2" "b asks the first question again"

keys n Enter
wait_for_count "Question 2 of 15" 2
keys y Enter
expect_screen "Seek emergency care now: call your local emergency number" "stop message"
expect_screen "The session has not started." "stop message"
expect_no_screen "Question 3 of" "a red flag ends the questions"
expect_exit 3 "a red flag"

finish
