# The live screen and the commands printed as lines, through a real terminal (tmux):
# at 200x50 the countdown is at least three times the old five rows; a circle step
# says "OF 5" in its count; and `tmux capture-pane -J` (which joins the lines the
# terminal wrapped itself) shows no line wider than the pane for the safety
# questions, `show`, `points`, `stats` and `log` at 60 and 80 columns, where `log`'s
# columns line up for routine ids of any length.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

user="$XDG_CONFIG_HOME/knead/routines"
mkdir -p "$user"
cat >"$user/circles.toml" <<'TOML'
title = "Circles"
[[step]]
title = "Small circles on the hip points"
kind = "reps"
region = "hips"
where = "In the hollow beside the top of each hip bone"
how = "Small slow circles with two fingers"
reps = 5
rep = "20s"
TOML
answers=$(all_no_answers lower-back)
circle_answers=$(all_no_answers circles)

# The rows of the largest run of lines drawn only in the block font's cells.
countdown_rows() {
  screen_text | awk '
    /^[ █▀▄]*[█▀▄][ █▀▄]*$/ { run++; if (run > most) most = run; next }
    { run = 0 }
    END { print most + 0 }'
}

tmux_start
"${TMUX_CMD[@]}" resize-window -t t -x 200 -y 50
run_live run lower-back --answers "$answers" --pain-before 5 --pain-after 5 --speed 5
expect_screen "HOLD  1:" "the hold at 200x50"
rows_at_least_15() { [ "$(countdown_rows)" -ge 15 ]; }
checks=$((checks + 1))
within_5s rows_at_least_15 || fail "at 200x50 the countdown should be 15 rows or more, was $(countdown_rows):
$(screen_text)"
keys q
keys y
expect_exit 4 "the session at 200x50"

# A circle step: its count with "OF 5", in the phase line and in large type.
"${TMUX_CMD[@]}" resize-window -t t -x 100 -y 30
run_live run circles --answers "$circle_answers" --pain-before 5 --pain-after 5
expect_screen "CIRCLE 1 OF 5  0:" "the circle's count"
checks=$((checks + 1))
[ "$(countdown_rows)" -ge 3 ] || fail "the count should be in large type:
$(screen_text)"
keys n
expect_exit 0 "the circles, skipped"

# Some history: routines with ids of different lengths, for log and stats.
long_id="an-evening-routine-for-the-lower-back-with-a-very-long-name"
for id in a "$long_id"; do
  cp "$user/circles.toml" "$user/$id.toml"
  "$KNEAD" run "$id" --plain --speed 1000 --answers "$circle_answers" >/dev/null 2>&1 </dev/null
done
"$KNEAD" run lower-back --plain --speed 1000 --answers "$answers" >/dev/null 2>&1 </dev/null

# prompt_back: the shell's prompt is the last line again.
prompt_back() { [ "$(screen_text | grep -v '^$' | tail -n 1)" = '$' ]; }

# widest_line: the widest line of the whole pane, its history included, with the
# lines the terminal wrapped joined again.
widest_line() { "${TMUX_CMD[@]}" capture-pane -p -J -S - -t t | wc -L; }

run=0
for width in 60 80; do
  "${TMUX_CMD[@]}" resize-window -t t -x "$width" -y 30
  for command in "show lower-back" "points" "points BL40" "stats" "log"; do
    # A marker of its own for each command: the last one's may still be on the screen.
    run=$((run + 1))
    keys "clear; '$KNEAD' $command; echo done-$run-\$?" Enter
    expect_screen "done-$run-0" "knead $command at $width columns"
    checks=$((checks + 1))
    [ "$(widest_line)" -le "$width" ] ||
      fail "knead $command at $width columns: a line $(widest_line) columns wide:
$("${TMUX_CMD[@]}" capture-pane -p -J -S - -t t | awk -v w="$width" 'length($0) > w' | head -3)"
    "${TMUX_CMD[@]}" clear-history -t t
  done
  # log: the outcome column starts at the same column on every line.
  run=$((run + 1))
  keys "clear; '$KNEAD' log; echo done-$run-\$?" Enter
  expect_screen "done-$run-0" "knead log at $width columns"
  # (${#prefix} counts characters, as the terminal's columns: "…" is one.)
  columns=$("${TMUX_CMD[@]}" capture-pane -p -J -t t | grep '^#' | while IFS= read -r line; do
    prefix=$(sed -E 's/^(#[0-9]+ +[^ ]+ [^ ]+  [^ ]+ +).*/\1/' <<<"$line")
    echo "${#prefix}"
  done | sort -u | wc -l)
  expect_eq "$columns" "1" "log at $width columns: the outcome column lines up"
  "${TMUX_CMD[@]}" clear-history -t t

  # The safety questions, asked on the terminal.
  keys "clear; '$KNEAD' run lower-back --no-history" Enter
  expect_screen "safety questions" "the safety questions at $width columns"
  asked=
  changed=
  for _ in $(seq 150); do
    screen=$(screen_text)
    case "$screen" in *"Question 8 of 8"*) break ;; esac
    # After an all-clear today knead asks whether anything changed: y asks them all.
    case "$screen" in
    *"Has anything changed since"*)
      [ -n "$changed" ] || keys y Enter
      changed=1
      ;;
    esac
    current=$(printf '%s\n' "$screen" | grep 'Question [0-9]* of [0-9]*' | tail -n 1)
    if [ -n "$current" ] && [ "$current" != "$asked" ]; then
      keys n Enter
      asked=$current
    fi
    sleep 0.1
  done
  expect_contains "$("${TMUX_CMD[@]}" capture-pane -p -J -S - -t t)" "Question 8 of 8" \
    "every question asked at $width columns"
  checks=$((checks + 1))
  [ "$(widest_line)" -le "$width" ] ||
    fail "the safety questions at $width columns: a line $(widest_line) columns wide"
  keys C-c
  checks=$((checks + 1))
  within_5s prompt_back || fail "Ctrl-C should end the questions: $(screen_text)"
  "${TMUX_CMD[@]}" clear-history -t t
done

finish
