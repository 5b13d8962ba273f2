# Untrusted text never reaches the terminal raw. The strings of the hostile corpus
# (tests/data/hostile_strings.txt: CSI, OSC 52, OSC 8, C1 controls, bidirectional
# overrides, NUL, BEL, BS, CR, DEL, invalid UTF-8, a very long line) go in by each
# way a user's disk or command line offers: the command line, routine files' names
# and text, an answers file, hand-made history rows, hand-made reminder units.
# Whatever knead prints must hold none of it, and its JSON must stay valid.
# (tests/unit/hostile/ feeds every string to every printer one by one.)
. "$(dirname "$0")/lib.sh"
cd "$SCRATCH" || exit 1 # a hostile relative path lands here, if anywhere

hostile="$SCRATCH/hostile"
outputs="$SCRATCH/outputs"
mkdir -p "$hostile" "$outputs"
labels=()
declare -A argument file_name
# cut_name LABEL NAME: file_name[LABEL] is NAME cut at 200 bytes (not characters).
cut_name() {
  local LC_ALL=C
  file_name[$1]=${2:0:200}
}
# Decodes the corpus into one file per string, named by its label ("\xHH" and "\\"
# are what printf %b decodes too; "LABEL*N" repeats the string). Each string is
# also kept as a command-line argument (argv cannot hold NUL) and as a file name
# (no NUL or '/', at most 200 bytes). Builtins only: each process costs time.
while IFS= read -r line; do
  case "$line" in '' | '#'*) continue ;; esac
  label=${line%% *}
  text=${line#* }
  repeat=1
  case "$label" in *'*'*)
    repeat=${label#*\*}
    label=${label%\**}
    ;;
  esac
  printf -v once '%b' "${text//\\x00/}"
  arg=
  for ((i = 0; i < repeat; i++)); do
    printf '%b' "$text"
    arg+=$once
  done >"$hostile/$label"
  labels+=("$label")
  argument[$label]=$arg
  cut_name "$label" "${arg//\//_}"
done <"$KNEAD_SOURCE_DIR/tests/data/hostile_strings.txt"
checks=$((checks + 1))
[ "${#labels[@]}" -ge 30 ] || fail "the corpus has only ${#labels[@]} strings"

# run_raw LABEL ARGS...: runs knead, its stdout and stderr kept byte for byte in
# the files $out_file and $err_file, all checked together at the end.
runs=0
run_labels=()
run_raw() {
  runs=$((runs + 1))
  run_labels[runs]=$1
  shift
  out_file="$outputs/$runs.stdout"
  err_file="$outputs/$runs.stderr"
  "$KNEAD" "$@" >"$out_file" 2>"$err_file" </dev/null
  code=$?
  err=
  IFS= read -r -d '' err <"$err_file" # for messages, made printable
  err=${err//[^[:print:]$'\n']/?}
}

expect_json() {
  checks=$((checks + 1))
  jq -e . "$out_file" >/dev/null 2>&1 || fail "$1: stdout is not valid JSON"
}

expect_error_line() {
  checks=$((checks + 1))
  case "$err" in
  "knead: error: "*) ;;
  *) fail "$1: stderr should start with 'knead: error: ' but was: ${err:0:300}" ;;
  esac
}

# --- the command line: routine names, paths, dates and options quoted back ---
# Every string at once, once with its '/' and line breaks (a path) and once without
# (a routine id); `check` also takes each string on its own.
joined=
each=()
for label in "${labels[@]}"; do
  each+=("${argument[$label]}")
  [ "$label" = long_line ] || joined+=${argument[$label]}
done
joined_id=${joined//[$'/\n']/}

run_raw "check of each string" check "${each[@]}"
expect_code 1 "check of each string"
expect_eq "$(grep -c ': error: ' "$err_file")" "${#labels[@]}" "check: one error a string"

fakes="$SCRATCH/bin"
mkdir -p "$fakes"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >>"%s/notify.log"\n' "$SCRATCH" >"$fakes/notify-send"
printf '#!/bin/sh\nexit 0\n' >"$fakes/editor"
chmod +x "$fakes/notify-send" "$fakes/editor"
export PATH="$fakes:$PATH" DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/no-bus" VISUAL=editor

# Each twice: a name with a '/' is a path to these.
for name in "$joined" "$joined_id"; do
  for command in show "show --json" "run --plain" questions notify "remind add --at 08:30 --print"; do
    # shellcheck disable=SC2086 # the command's words split on purpose
    run_raw "knead $command HOSTILE" $command "$name"
    expect_error_line "knead $command HOSTILE"
  done
  run_raw "knead edit HOSTILE" edit "$name"
  expect_code 1 "knead edit HOSTILE"
done
for command in new points "remind add --at 08:30 --cron" "remind remove" "log --since" \
  "log --limit" "run lower-back --answers" "run --from" "" completions; do
  # shellcheck disable=SC2086
  run_raw "knead $command HOSTILE" $command "$joined_id"
  expect_error_line "knead $command HOSTILE"
done
run_raw "knead run --events HOSTILE" run lower-back --plain --answers "$(all_no_answers lower-back)" \
  --events "$SCRATCH/no-such-folder/$joined_id"
expect_error_line "knead run --events HOSTILE"
expect_contains "$err" "cannot write the events file" "knead run --events HOSTILE"
run_raw "knead --HOSTILE" "--$joined_id"
expect_error_line "knead --HOSTILE"
for command in "log --routine" "stats --routine"; do
  # shellcheck disable=SC2086
  run_raw "knead $command HOSTILE" $command "$joined"
  expect_code 0 "knead $command HOSTILE"
done
run_raw "knead due HOSTILE" due "$joined" # names no routine: an error (2), quoted back safely
expect_code 2 "knead due HOSTILE"
expect_error_line "knead due HOSTILE"
checks=$((checks + 1))
[ ! -e "$SCRATCH/notify.log" ] || fail "notify-send was called for a hostile routine name"
checks=$((checks + 1))
[ ! -e "$XDG_CONFIG_HOME/systemd" ] || fail "remind wrote units for a hostile routine name"

# --- routine files named with hostile text: list, show, check, run and the history ---
user="$XDG_CONFIG_HOME/knead/routines"
mkdir -p "$user"
for label in "${labels[@]}"; do
  printf 'title = "Tiny %s"\n[[step]]\ntitle = "Hold"\nregion = "lower-back"\nhold = "1s"\n' \
    "$label" >"$user/${file_name[$label]}.toml"
done
files=("$user"/*.toml)
checks=$((checks + 1))
[ "${#files[@]}" -eq "${#labels[@]}" ] || fail "only ${#files[@]} routine files could be named"

for view in list "" "completions --routines"; do
  # shellcheck disable=SC2086
  run_raw "knead $view with hostile file names" $view
  expect_code 0 "knead $view with hostile file names"
done
# The NUL string, without its NUL, is a plain "ab".
expect_eq "$(cat "$out_file")" "$(printf 'ab\nback-points\nlower-back\ntennis-ball-hips')" \
  "completions: no hostile id offered"
run_raw "list --json with hostile file names" list --json
expect_json "list --json with hostile file names"
expect_eq "$(jq length "$out_file")" "$((${#files[@]} + 3))" "list --json: every routine"

run_raw "check of hostile file names" check "${files[@]}"
expect_code 0 "check of hostile file names"
expect_eq "$(grep -c ': ok (1 step, 0:06)$' "$out_file")" "${#files[@]}" "check: one ok a file"

for label in csi_clear_screen osc52_clipboard_st bidi_rlo invalid_bytes long_line; do
  file="$user/${file_name[$label]}.toml"
  run_raw "show of the file name $label" show "$file"
  expect_code 0 "show of the file name $label"
  expect_contains "$(cat "$out_file")" "Tiny $label" "show of the file name $label"
  run_raw "show --json of the file name $label" show "$file" --json
  expect_json "show --json of the file name $label"
done

# A session by path records the file's name as the routine id in the history (at
# normal speed, one second, so that it counts for due below).
file="$user/${file_name[osc52_clipboard_bel]}.toml"
answers="$SCRATCH/answers.toml"
"$KNEAD" questions "$file" --template | sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$answers"
run_raw "questions --template of a hostile file name" questions "$file" --template
run_raw "run of a hostile file name" run "$file" --plain --answers "$answers" \
  --events "$outputs/events.jsonl"
expect_code 0 "run of a hostile file name"

# --- hostile routine text, raw and TOML-escaped: refused, with clean diagnostics ---
# One perl writes, for each string, a routine with it raw in the title, one with it
# TOML-escaped in every text (toml++ takes it, knead must refuse it), one with it as
# a key, and an answers line with it as a question id (when it is valid UTF-8).
bad="$SCRATCH/bad"
mkdir -p "$bad"
perl -e '
  my ($bad, @files) = @ARGV;
  open(my $answers, ">:raw", "$bad/answers.toml") or die;
  for my $file (@files) {
    open(my $in, "<:raw", $file) or die;
    my $raw = do { local $/; <$in> };
    (my $label = $file) =~ s{.*/}{};
    (my $escaped = $raw) =~ s/([\x00-\x1f\x7f"\\])/sprintf("\\u%04X", ord($1))/ge;
    my $step = "[[step]]\nregion = \"lower-back\"\nhold = \"1s\"\n";
    my %texts = (
      "raw" => "title = \"$raw\"\n${step}title = \"x\"\n",
      "escaped" => "title = \"$escaped\"\n${step}title = \"$escaped\"\nhow = \"$escaped\"\n",
      "key" => "\"$escaped\" = 1\ntitle = \"t\"\n");
    for my $kind (keys %texts) {
      open(my $out, ">:raw", "$bad/$kind-$label.toml") or die;
      print $out $texts{$kind};
    }
    my $utf8 = qr/[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]
      |[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}
      |[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}/x;
    print $answers "\"$escaped\" = true\n" if $raw =~ /^(?:$utf8)*$/;
  }' "$bad" "${labels[@]/#/$hostile/}"
# A line break is fine in prose: that one file loads.
run_raw "check of hostile routine text" check "$bad"/*.toml
expect_code 1 "check of hostile routine text"
expect_eq "$(cat "$out_file")" "$bad/escaped-newline_directive.toml: ok (1 step, 0:06)" \
  "check: only the line break loads"
for label in csi_clear_screen osc52_clipboard_bel nul invalid_bytes; do
  for kind in raw escaped; do
    run_raw "show of $kind $label" show "$bad/$kind-$label.toml"
    expect_code 1 "show of $kind $label"
    expect_error_line "show of $kind $label"
  done
done
run_raw "run of hostile routine text" run "$bad/escaped-osc52_clipboard_bel.toml" --plain \
  --answers "$answers"
expect_code 1 "run of hostile routine text"
# That one runs, with every cue: speech and notifications get its text clean, as
# one argument each (the fakes log one argument a line).
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >>"%s/speech.log"\n' "$outputs" >"$fakes/espeak-ng"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >>"%s/notify.log"\n' "$outputs" >"$fakes/notify-send"
chmod +x "$fakes/espeak-ng"
run_raw "run with cues of a title with a line break" run "$bad/escaped-newline_directive.toml" \
  --plain --speed 1000 --answers "$answers" --voice --notify --no-history \
  --events "$outputs/events-cues.jsonl"
expect_code 0 "run with cues of a title with a line break"
# The cues are not waited for: give them a moment to write (up to 10 s: the fakes are
# shell scripts started by a sanitizer build, slow on a loaded machine).
for _ in $(seq 200); do
  [ "$(cat "$outputs/speech.log" "$outputs/notify.log" 2>/dev/null | wc -l)" -ge 12 ] && break
  sleep 0.05
done
# The title is spoken in several lines now (the routine's, the step's): each time on one
# line with what comes before it, never split off where its line break was.
expect_eq "$(grep -c '^ExecStart' "$outputs/speech.log")" "0" "speech: the title is one argument"
checks=$((checks + 1))
grep -q 'x.ExecStart' "$outputs/speech.log" || fail "speech: the title is spoken"
expect_eq "$(wc -l <"$outputs/notify.log")" "8" "notify-send: two calls of four arguments"
expect_eq "$(grep -c '^Step 1: x.ExecStart=/bin/sh -c "touch owned"$' "$outputs/notify.log")" "1" \
  "notify-send: the title on one line"
cp "$bad"/escaped-*.toml "$user/"
run_raw "list with hostile routine text" list

# --- an answers file with hostile ids, TOML-escaped and raw ---
cat "$(all_no_answers lower-back)" "$bad/answers.toml" >"$SCRATCH/escaped-answers.toml"
run_raw "an answers file with hostile ids" run lower-back --plain \
  --answers "$SCRATCH/escaped-answers.toml"
expect_code 2 "an answers file with hostile ids"
expect_contains "$err" "unknown question ids" "an answers file with hostile ids"
cat "${labels[@]/#/$hostile/}" >"$SCRATCH/raw-answers.toml"
run_raw "a raw hostile answers file" run lower-back --plain --answers "$SCRATCH/raw-answers.toml"
expect_code 2 "a raw hostile answers file"

# --- hand-made history rows: any text in every column ---
db="$XDG_STATE_HOME/knead/history.db"
checks=$((checks + 1))
[ -f "$db" ] || fail "the session above did not create the history"
sessions_before=$(sqlite3 "$db" 'SELECT count(*) FROM sessions')
perl -e '
  print "PRAGMA ignore_check_constraints = ON; BEGIN;\n";
  for my $file (@ARGV) {
    open(my $in, "<:raw", $file) or die;
    my $t = "CAST(X\x27" . unpack("H*", do { local $/; <$in> }) . "\x27 AS TEXT)";
    print "INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, ended_at,",
      " outcome, active_s, pain_before, screening, pid, process_start) VALUES ($t, $t, $t,",
      " \x272026-01-01T08:00:00Z\x27, $t, $t, 60, 5, $t, 1, $t);\n",
      "INSERT INTO steps (session_id, step, title, planned_s, sides, skipped, skip_reason)",
      " VALUES (last_insert_rowid(), 1, $t, 60, $t, 1, $t);\n",
      "INSERT INTO answers (session_id, question_id, answer) SELECT max(id), $t, 1 FROM sessions;\n",
      "INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, outcome, pid)",
      " VALUES ($t, $t, $t, $t, \x27running\x27, 1);\n";
  }
  print "COMMIT;\n";' "${labels[@]/#/$hostile/}" | sqlite3 "$db"
rows=$((sessions_before + 2 * ${#labels[@]}))
expect_eq "$(sqlite3 "$db" 'SELECT count(*) FROM sessions')" "$rows" "hand-made rows"

run_raw "log of hand-made rows" log
expect_code 0 "log of hand-made rows"
run_raw "stats of hand-made rows" stats
expect_code 0 "stats of hand-made rows"
run_raw "log --csv of hand-made rows" log --csv
expect_eq "$(wc -l <"$out_file")" "$((rows + 1))" "log --csv: one line a row"
run_raw "log --json of hand-made rows" log --json
expect_json "log --json of hand-made rows"
expect_eq "$(jq length "$out_file")" "$rows" "log --json: every row"
run_raw "stats --json of hand-made rows" stats --json
expect_json "stats --json of hand-made rows"
hand_made=${argument[osc52_clipboard_bel]}
for view in "log --routine" "log --json --routine" "stats --routine" "stats --json --routine" due; do
  # shellcheck disable=SC2086
  run_raw "knead $view for a hand-made routine" $view "$hand_made"
done
expect_code 1 "due of a hand-made routine" # done today: the session by path above

# --- hand-made reminder units: a hostile routine is no reminder, a hostile
# schedule is printed clean ---
units="$XDG_CONFIG_HOME/systemd/user"
mkdir -p "$units"
name=${file_name[osc52_clipboard_st]}
printf '# knead-reminder: %s, daily\n[Timer]\nOnCalendar=daily\n' "$name" >"$units/knead-$name.timer"
printf '# knead-reminder: lower-back, %s\n[Timer]\nOnCalendar=daily\n' "$joined_id" \
  >"$units/knead-lower-back.timer"
run_raw "remind list of hand-made units" remind list
expect_code 0 "remind list of hand-made units"
expect_eq "$(grep -c '^lower-back ' "$out_file")" "1" "remind list: only the plain id is listed"
expect_eq "$(wc -l <"$out_file")" "2" "remind list: a heading and one reminder"

# --- a terminal that does not take UTF-8: ASCII only ---
# It reads each byte on its own, and a byte inside a UTF-8 character can be a C1
# control to it: "Л" is D0 9B (9B: CSI), "ѝ" D1 9D (9D: OSC), "М" D0 9C (9C: ST).
printf 'title = "Л2J ѝ52;c;aGk=М"\n[[step]]\ntitle = "Л2J"\nregion = "lower-back"\nhold = "1s"\n' \
  >"$user/cyrillic.toml"
first_ascii_run=$((runs + 1))
for view in list "list --json" "show cyrillic" "show cyrillic --json" log "log --json" \
  "run cyrillic --plain --speed 1000 --no-history --answers $answers"; do
  # shellcheck disable=SC2086
  LC_ALL=C run_raw "knead $view in the C locale" $view
done
LC_ALL=C run_raw "knead show HOSTILE in the C locale" show "$joined_id"
expect_error_line "knead show HOSTILE in the C locale"
LC_ALL=C run_raw "show cyrillic --json in the C locale" show cyrillic --json
expect_json "show --json in the C locale"
expect_eq "$(jq -r .title "$out_file")" "Л2J ѝ52;c;aGk=М" "show --json in the C locale: the same JSON"
for ((run = first_ascii_run; run <= runs; run++)); do
  checks=$((checks + 1))
  ! LC_ALL=C grep -qaP '[\x80-\xff]' "$outputs/$run.stdout" "$outputs/$run.stderr" ||
    fail "${run_labels[run]}: a byte outside ASCII"
done

# --- the check: all that knead printed above, stdout and stderr ---
# No control character but a line break, no C1 control, no bidirectional control...
pattern='[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\x8e\x8f\xaa-\xae]|\xe2\x81[\xa6-\xa9]|\xd8\x9c'
which_run() {
  local base=${1##*/}
  base=${base%.*}
  case "$base" in
  *[!0-9]*) echo "$1" ;;
  *) echo "${run_labels[base]} ($1)" ;;
  esac
}
checks=$((checks + 1))
[ "$(find "$outputs" -type f | wc -l)" -eq $((2 * runs + 4)) ] || fail "outputs are missing"
for file in $(LC_ALL=C grep -laP "$pattern" "$outputs"/*); do
  fail "$(which_run "$file"): raw hostile text:
$(LC_ALL=C grep -aP "$pattern" "$file" | head -c 200 | od -c | head -4)"
done
# ... and valid UTF-8 ('.' matches no invalid byte, so such a line does not match).
for file in $(LC_ALL=C.UTF-8 grep -laxv '.*' "$outputs"/*); do
  fail "$(which_run "$file"): invalid UTF-8"
done
checks=$((checks + 2 * runs + 4))

finish
