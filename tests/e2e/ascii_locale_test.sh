# A terminal that does not take UTF-8 gets ASCII and nothing else. It reads each byte
# on its own, and a byte inside a UTF-8 character can be a C1 control to it ("Л" is
# D0 9B, and 9B is CSI). So under LC_ALL=C every command, over a corpus of routine
# text outside ASCII, long titles, hostile file names, hand-made history rows and
# reminder units, prints only bytes below 0x80, on stdout and on stderr; and so does
# the live screen through a real terminal (tmux), recorded byte for byte in each of
# its states: the safety questions, the pain rating, the `before` prompt, the help,
# paused, the quit question, each side, the large label and countdown at 200x50, the
# circles' count, a warning on the screen and again after it, and ice.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"
cd "$SCRATCH" || exit 1

outputs="$SCRATCH/outputs"
user="$XDG_CONFIG_HOME/knead/routines"
mkdir -p "$outputs" "$user"

wide="Étirement — « dos » → hanches … Лист café"
long_title="$wide $wide $wide $wide"
cat >"$user/long.toml" <<TOML
title = "$long_title"
summary = "$wide"
source = "$wide"

[[step]]
title = "$wide $wide"
region = "lower-back"
where = "$wide $wide $wide"
how = "$wide $wide $wide $wide"
before = "$wide: press Enter."
sides = "left-then-right"
press = "2s"
hold = "6s"
release = "2s"

[[step]]
title = "Circles · $wide"
kind = "reps"
region = "hips"
reps = 2
rep = "3s"

[[step]]
title = "Ice → $wide"
kind = "ice"
region = "lower-back"
before = "Ice … $wide"
hold = "4s"

[[question]]
id = "wide_question"
text = "$wide?"
effect = "caution"
message = "$wide"
TOML
# A file named outside ASCII, one whose problems have hints with "…", and names
# from the hostile corpus.
cp "$user/long.toml" "$user/étirement.toml"
printf 'title = "Broken"\n[[step]]\nregion = "lower-back"\nhold = "1s"\n' >"$user/broken.toml"
while IFS= read -r line; do
  case "$line" in '' | '#'* | long_line*) continue ;; esac
  printf -v name '%b' "${line#* }"
  name=${name//\//_}
  printf 'title = "Tiny"\n[[step]]\ntitle = "Hold"\nregion = "lower-back"\nhold = "1s"\n' \
    >"$user/${name:0:100}.toml" 2>/dev/null
done <"$KNEAD_SOURCE_DIR/tests/data/hostile_strings.txt"

fakes="$SCRATCH/bin"
mkdir -p "$fakes"
printf '#!/bin/sh\nexit 0\n' >"$fakes/notify-send"
printf '#!/bin/sh\nexit 0\n' >"$fakes/editor"
printf '#!/bin/sh\nexit 1\n' >"$fakes/systemctl"
chmod +x "$fakes"/*
export PATH="$fakes:$PATH" VISUAL=editor

# run_c ARGS...: runs knead under LC_ALL=C, its stdout and stderr kept in files.
runs=0
declare -a run_labels
run_c() {
  runs=$((runs + 1))
  run_labels[runs]="knead $*"
  LC_ALL=C "$KNEAD" "$@" >"$outputs/$runs.stdout" 2>"$outputs/$runs.stderr" </dev/null
  code=$?
}

answers=$(all_no_answers "$user/long.toml")
hostile_arg="$(printf 'x\x1b[2J\xc2\x9b\xe2\x80\xae\xd0\x9b…')"

# Every command, and the errors a person can meet.
run_c
run_c --help
run_c --version
run_c run --help
run_c list
run_c list --json
run_c show long
expect_code 0 "show of a long title"
show_run=$runs
run_c show long --json
run_c show étirement
run_c show "$user/long.toml"
run_c --color never show long
run_c show "$hostile_arg"
expect_code 1 "show of a hostile name"
run_c check long broken "$user/long.toml" "$hostile_arg"
expect_code 1 "check with problems"
run_c points
run_c points BL40 --json
run_c points "$hostile_arg"
run_c questions long
run_c questions long --json
run_c questions long --template
run_c new mine
run_c new copied --from long
run_c new printed --from long --stdout
run_c new "$hostile_arg"
run_c edit long
run_c edit étirement
run_c run long --plain --speed 1000 --answers "$answers" --pain-before 3 --pain-after 2
expect_code 0 "a plain session"
run_c run long --plain --speed 1000 --answers "$answers" --no-history --events -
expect_code 0 "a session with the events on stdout"
run_c run long --plain --speed 1000 --answers "$answers" --no-history --from 9
run_c run long --no-such-option
run_c run long --plain
# The configuration: `knead config` and its errors quote the file's text.
config="$XDG_CONFIG_HOME/knead/config.toml"
printf 'routine = "%s/long.toml"\nvoice_command = ["say", "{text} %s"]\n' "$user" "$wide" >"$config"
run_c config
expect_code 0 "config with text outside ASCII"
printf 'routine = "%s"\nvoise = true\nsound = "%s"\n' "$wide" "$wide" >"$config"
run_c config
expect_code 1 "config with errors outside ASCII"
run_c run --plain --answers "$answers"
expect_code 1 "run with a broken configuration"
rm "$config"
run_c config --init
rm "$config"
# Hand-made history rows: text outside ASCII and hostile text in every column.
db="$XDG_STATE_HOME/knead/history.db"
for text in "$wide" "$hostile_arg"; do
  hex=$(printf '%s' "$text" | od -An -tx1 | tr -d ' \n')
  t="CAST(X'$hex' AS TEXT)"
  sqlite3 "$db" "INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at,
    ended_at, outcome, active_s, pain_before, pain_after, screening, pid, process_start)
    VALUES ($t, $t, $t, '2026-01-01T08:00:00Z', '2026-01-01T08:10:00Z', $t, 600, 5, 3, $t, 1, $t);
    INSERT INTO steps (session_id, step, title, planned_s, sides, skipped, skip_reason)
    VALUES (last_insert_rowid(), 1, $t, 60, $t, 1, $t);"
done
run_c log
run_c log --json
run_c log --csv
run_c log --since "$hostile_arg"
run_c stats
run_c stats --json
run_c stats --routine long
run_c due
run_c due long
run_c due "$hostile_arg"
run_c notify long
run_c remind add long --at 08:30 --print
run_c remind add long --at 08:30 --cron
run_c remind add long --at 08:30 --no-enable
units="$XDG_CONFIG_HOME/systemd/user"
mkdir -p "$units"
printf '# knead-reminder: lower-back, %s\n[Timer]\nOnCalendar=daily\n' "$wide" \
  >"$units/knead-lower-back.timer"
run_c remind list
run_c remind remove long
run_c completions bash
run_c completions zsh
run_c completions fish
run_c completions --routines
run_c completions --man
expect_contains "$(cat "$outputs/$show_run.stdout")" \
  "long: ?tirement - << dos >> -> hanches ... ???? caf? ?tirement" "show: the title in ASCII"
expect_contains "$(cat "$outputs/$show_run.stdout")" "1. ?tirement - << dos >> ->...  " \
  "show: a long step title cut with ASCII dots"

# The live screen, through a real terminal, every byte recorded.
tmux_start
"${TMUX_CMD[@]}" pipe-pane -o -t t "cat >'$SCRATCH/terminal.bytes'"
rm -f "$SCRATCH/code"
keys "clear; LC_ALL=C '$KNEAD' run long --speed 4 --events /dev/full; echo \$? >'$SCRATCH/code'" Enter
expect_screen "Question 1 of" "the safety questions"
keys "?" Enter
expect_screen "Source: " "why a question is asked"
# "n" to each question once it is on screen, but "y" to the routine's own (a caution).
answered=
for _ in $(seq 100); do
  screen=$(screen_text)
  case "$screen" in *"How is your pain right now"*) break ;; esac
  asked=$(printf '%s\n' "$screen" | grep 'Question [0-9]* of [0-9]*' | tail -n 1)
  if [ -n "$asked" ] && [ "$asked" != "$answered" ]; then
    case "$asked" in *"caf??"*) keys y Enter ;; *) keys n Enter ;; esac
    answered=$asked
  fi
  sleep 0.1
done
expect_screen "Caution (steps 1, 2, 3): ?tirement" "the routine's own question's caution"
expect_screen "How is your pain right now" "the pain rating"
keys Enter
expect_screen "BEFORE YOU START" "the before prompt"
expect_screen "Enter or space when ready | n skip" "the prompt's hints in ASCII"
keys "?"
expect_screen "n or Right" "the help overlay in ASCII"
keys x
expect_screen "BEFORE YOU START" "back from the help"
keys Enter
expect_screen "left side" "the first side"
expect_screen "Caution: ?tirement" "the caution on the live screen"
expect_screen "Warning: cannot write the events file /dev/full" "a warning on the live screen"
# The large label and countdown at 200x50, in '#'.
"${TMUX_CMD[@]}" resize-window -t t -x 200 -y 50
expect_screen "########" "the large countdown at 200x50"
"${TMUX_CMD[@]}" resize-window -t t -x 100 -y 30
keys Space
expect_screen "PAUSED | space resume" "paused"
keys Space
keys q
expect_screen "Quit the session? y = quit" "the quit question"
keys x
expect_screen "right side" "the second side"
expect_screen "CIRCLE 1 OF 2" "the circles' count"
expect_screen "BEFORE YOU START" "the ice prompt"
keys Enter
expect_screen "How is your pain right now" "the pain rating after"
keys Enter
expect_screen "A note for your diary?" "the note offered"
keys Enter
checks=$((checks + 1))
within_5s test -f "$SCRATCH/code" || fail "the live session did not end: $(screen_text)"
# 1: the events file could not be written.
expect_eq "$(cat "$SCRATCH/code" 2>/dev/null)" "1" "the live session's exit code"
expect_screen "knead: warning: cannot write the events file /dev/full" \
  "the warning printed again after the session"
"${TMUX_CMD[@]}" pipe-pane -t t
checks=$((checks + 1))
[ "$(wc -c <"$SCRATCH/terminal.bytes")" -gt 2000 ] || fail "the terminal recorded too little"

# The check: not one byte outside ASCII, and no control character but the line
# break and tab in what the commands printed (the terminal's recording holds the
# live screen's own escape sequences).
for ((run = 1; run <= runs; run++)); do
  for file in "$outputs/$run.stdout" "$outputs/$run.stderr"; do
    checks=$((checks + 1))
    if LC_ALL=C grep -qaP '[\x80-\xff]' "$file"; then
      fail "${run_labels[run]} (${file##*/}): a byte outside ASCII:
$(LC_ALL=C grep -aP '[\x80-\xff]' "$file" | head -3 | od -c | head -6)"
    elif LC_ALL=C grep -qaP '[\x00-\x08\x0b-\x1f\x7f]' "$file"; then
      fail "${run_labels[run]} (${file##*/}): a control character"
    fi
  done
done
checks=$((checks + 1))
if LC_ALL=C grep -qaP '[\x80-\xff]' "$SCRATCH/terminal.bytes"; then
  fail "the live session wrote bytes outside ASCII:
$(LC_ALL=C grep -aoP '.{0,20}[\x80-\xff]+.{0,20}' "$SCRATCH/terminal.bytes" | head -5 | od -c | head -8)"
fi

finish
