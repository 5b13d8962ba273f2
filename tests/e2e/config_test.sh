# The configuration file ($XDG_CONFIG_HOME/knead/config.toml): `knead config` shows the
# settings and where each came from, `--init` writes a commented file and never
# replaces one, flags override the file, `run` takes its settings from it, and a
# broken file is an error naming its line, for `run` and `config` alike.
. "$(dirname "$0")/lib.sh"

config="$XDG_CONFIG_HOME/knead/config.toml"

# --- no file: every setting is its default ---
run_knead config
expect_code 0 "config without a file"
expect_contains "$out" "# $config does not exist ('knead config --init' writes one)." "no file"
expect_contains "$out" "voice = false                   # default" "default voice"
expect_contains "$out" "routine = \"lower-back\"          # default" "default routine"
expect_eq "$(grep -c '# default' <<<"$out")" "11" "eleven defaults"

# --- --init writes a commented file that sets nothing ---
run_knead config --init
expect_code 0 "config --init"
expect_eq "$out" "Created $config: every line is commented out; uncomment one to change it." \
  "config --init says where"
checks=$((checks + 1))
[ -f "$config" ] || fail "config --init wrote no file"
expect_contains "$(cat "$config")" "# voice_command = [\"espeak-ng\", \"-s\", \"{rate}\", \"--\", \"{text}\"]" \
  "the template"
run_knead config
expect_eq "$(grep -c '# default' <<<"$out")" "11" "the template changes nothing"
expect_contains "$out" "# $config" "the file is named"
# ... and never overwrites.
echo 'notify = true' >>"$config"
before=$(cat "$config")
run_knead config --init
expect_code 1 "config --init over a file"
expect_eq "$err" "knead: error: $config already exists, and --init never replaces it; 'knead config' shows what it sets" \
  "config --init refuses"
expect_eq "$(cat "$config")" "$before" "the file is untouched"

# --- file values and flags over them ---
cat >"$config" <<'TOML'
# mine
voice = true
bell = false

voice_command = ["say-it", "--rate={rate}", "{text}"]
voice_rate = 200
routine = "back-points"
color = "always"
TOML
run_knead config
expect_code 0 "config with a file"
expect_contains "$out" "voice = true                    # file, line 2" "voice from the file"
expect_contains "$out" "bell = false                    # file, line 3" "bell from the file"
expect_contains "$out" 'voice_command = ["say-it", "--rate={rate}", "{text}"] # file, line 5' \
  "the command"
expect_contains "$out" "routine = \"back-points\"         # file, line 7" "routine"
expect_contains "$out" "notify = false                  # default" "notify default"
run_knead config --no-voice --bell --notify --hands-free --color never
expect_contains "$out" "voice = false                   # flag --no-voice" "--no-voice wins"
expect_contains "$out" "bell = true                     # flag --bell" "--bell wins"
expect_contains "$out" "notify = true                   # flag --notify" "--notify"
expect_contains "$out" "hands_free = true               # flag --hands-free" "--hands-free"
expect_contains "$out" "color = \"never\"                 # flag --color" "--color"
run_knead --color auto config
expect_contains "$out" "color = \"auto\"                  # flag --color" "--color before the command"
run_knead config --voice --no-voice
expect_code 2 "--voice with --no-voice"
expect_eq "$err" "knead: error: --voice and --no-voice contradict each other: give one" \
  "--voice with --no-voice"

# `run` takes the routine from the file, and its speech command with the rate.
fakes="$SCRATCH/fakes"
mkdir -p "$fakes"
printf '#!/bin/sh\nprintf "%%s\\n" "$*" >>"%s/speech.log"\n' "$SCRATCH" >"$fakes/say-it"
chmod +x "$fakes/say-it"
answers=$(all_no_answers back-points)
PATH="$fakes:$PATH" run_knead run --plain --speed 1000 --answers "$answers" --no-history
expect_code 0 "run from the configuration"
expect_contains "$out" "starting: Back points" "the configured routine runs"
within_5s grep -q "Session complete" "$SCRATCH/speech.log" 2>/dev/null ||
  fail "the configured speech command never said the end"
# (At --speed 1000 speech, one line at a time, keeps up with few lines: the first, the
# routine's title, is always said.)
expect_contains "$(cat "$SCRATCH/speech.log")" "--rate=200 Back points: six acupressure point groups" \
  "speech through the template"
# A routine named on the command line wins over the file's.
PATH="$fakes:$PATH" run_knead run lower-back --plain --speed 1000 --no-voice \
  --answers "$(all_no_answers lower-back)" --no-history
expect_code 0 "run lower-back over the configured routine"
expect_contains "$out" "starting: Lower back" "the named routine runs"

# A configured routine that does not exist says where it was set.
printf 'routine = "lower-bakc"\n' >"$config"
run_knead run --plain --answers "$answers"
expect_code 1 "run of a configured routine that does not exist"
expect_contains "$err" "knead: error: no routine named \"lower-bakc\"; did you mean \"lower-back\"? (the routine set in $config, line 1)" \
  "the configured routine's error"

# --- a broken file: every problem with its line, for config and run, exit 1 ---
cat >"$config" <<'TOML'
voise = true
sound = "chmie"
voice_rate = 10
TOML
expected="$config:1:1: error: unknown key \"voise\"
  hint: did you mean \"voice\"?
$config:2:9: error: \"sound\" must be one of auto, chime, bell, off, not \"chmie\"
  hint: did you mean \"chime\"?
$config:3:14: error: \"voice_rate\" must be from 80 to 450 words per minute, not 10
  hint: 175 is espeak-ng's usual speed
knead: error: the configuration file $config has errors (above); fix them or move the file away"
for command in "config" "run --plain --answers $answers" "run lower-back --plain --speed 1000 --answers $answers"; do
  # shellcheck disable=SC2086
  run_knead $command
  expect_code 1 "knead $command with a broken configuration"
  expect_eq "$err" "$expected" "knead $command: the problems"
  expect_eq "$out" "" "knead $command: nothing on stdout"
done
checks=$((checks + 1))
[ ! -e "$XDG_STATE_HOME/knead/history.db" ] || fail "a refused run wrote a history"
# Commands that take no settings do not read the file.
run_knead list
expect_code 0 "list with a broken configuration"
printf 'voice = true\n\0' >"$config"
run_knead config
expect_code 1 "a binary configuration"
expect_contains "$err" "$config:2:1: error: this is not a configuration file: it contains binary data"
rm "$config"
mkdir "$config"
run_knead config
expect_code 1 "a folder as the configuration"
expect_contains "$err" "$config: error: cannot open: it is a directory, not a file"
rmdir "$config"

# --- the examples in docs/config.md are valid files ---
awk -v dir="$SCRATCH" '
  /^```toml$/ { n++; file = dir "/doc-example" n ".toml"; inside = 1; next }
  /^```$/ && inside { inside = 0; close(file); next }
  inside { print > file }
' "$KNEAD_SOURCE_DIR/docs/config.md"
for example in "$SCRATCH"/doc-example*.toml; do
  cp "$example" "$config"
  run_knead config
  expect_code 0 "docs/config.md example $(basename "$example")"
  expect_contains "$out" "# file, line 1" "docs/config.md example $(basename "$example")"
done
rm "$config"

# --- without a configuration folder ---
out=$(env -u HOME -u XDG_CONFIG_HOME "$KNEAD" config 2>&1)
expect_contains "$out" "# No configuration folder: neither XDG_CONFIG_HOME nor HOME is set." "no folder"
out=$(env -u HOME -u XDG_CONFIG_HOME "$KNEAD" config --init 2>&1)
expect_contains "$out" "knead: error: cannot write a configuration file:" "--init without a folder"

finish
