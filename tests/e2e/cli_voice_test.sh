# One voice in the command line: every usage error is a house-style sentence, a hint
# for a likely typo, and the help of the command being typed; numbers are read one
# way only; show and remind remove take the default routine as run does.
. "$(dirname "$0")/lib.sh"

# expect_usage "ERROR LINE" [HINT] -- ARGS...: knead ARGS exits 2 with exactly that
# stderr: the error, the hint when given, and the help of the command named.
expect_usage() {
  local message=$1 hint=$2 help=$3
  shift 4
  run_knead "$@"
  expect_code 2 "knead $*"
  local want="knead: error: $message"
  [ -n "$hint" ] && want="$want
  hint: $hint"
  want="$want
$help"
  expect_eq "$err" "$want" "knead $*: stderr"
  expect_eq "$out" "" "knead $*: stdout"
}
RUN_HELP="Run 'knead run --help' for its options."

# CLI11's wording is gone: no "--speed: --speed must", no "Value 11 not in range".
expect_usage '--speed must be a number above 0 and at most 1000, such as 2 or 0.5, not "fast"' "" \
  "$RUN_HELP" -- run --speed fast
expect_usage '--pain-before must be a whole number from 0 to 10, not "11"' "" "$RUN_HELP" -- \
  run --pain-before 11
expect_usage '--pain-after must be a whole number from 0 to 10, not "-1"' "" "$RUN_HELP" -- \
  run --pain-after=-1
expect_usage '--pain-before must be a whole number from 0 to 10, not "11"' "" \
  "Run 'knead log edit --help' for its options." -- log edit 3 --pain-before 11

# Strict numbers: decimal digits only, no spaces, no exponent, no hex, no overflow.
for bad in "1e3" " 5" "5 " "5x" "0x10" "+5" "1.5" "" "99999999999999999999"; do
  expect_usage "--from must be a whole number, 1 or more, not \"$bad\"" "" "$RUN_HELP" -- \
    run --from "$bad"
  expect_usage "--limit must be a whole number, 1 or more, not \"$bad\"" "" \
    "Run 'knead log --help' for its options." -- log --limit "$bad"
done
for bad in "0x10" " 5" "1e3" "inf" "nan" ".5" "5." "-2" "0" "1001" "2,5"; do
  expect_usage "--speed must be a number above 0 and at most 1000, such as 2 or 0.5, not \"$bad\"" \
    "" "$RUN_HELP" -- run --speed "$bad"
done
expect_usage '--pain-before must be a whole number from 0 to 10, not "0x5"' "" "$RUN_HELP" -- \
  run --pain-before 0x5
# "010" is ten, not CLI11's octal eight: --from 010 names step 10 of a 5-step routine.
answers=$(all_no_answers lower-back)
run_knead run --from 010 --answers "$answers" --no-history
expect_code 2 "--from 010"
expect_contains "$err" "--from 10 is not a step of this routine" "--from 010 is read as 10"
# A long value is cut in the message.
long=$(printf 'x%.0s' $(seq 1 500))
run_knead run --from "$long"
expect_code 2 "--from with a 500-byte value"
checks=$((checks + 1))
[ "${#err}" -lt 200 ] || fail "a 500-byte value gives a ${#err}-byte message: $err"

# Unknown options and commands: did-you-mean, and the help of the command typed.
expect_usage 'unknown option "--spede" for knead run' 'did you mean "--speed"?' "$RUN_HELP" -- \
  run --spede 2
expect_usage 'unknown option "--jsno" for knead show' 'did you mean "--json"?' \
  "Run 'knead show --help' for its options." -- show --jsno
expect_usage 'unknown option "--no-such-flag" for knead' "" \
  "Run 'knead --help' for the commands and options." -- --no-such-flag
expect_usage 'unknown command "shwo" for knead' 'did you mean "show"?' \
  "Run 'knead --help' for the commands and options." -- shwo
expect_usage 'unknown command "ad" for knead remind' 'did you mean "add"?' \
  "Run 'knead remind --help' for its options." -- remind ad
expect_usage 'knead remind needs a command: add, list or remove' "" \
  "Run 'knead remind --help' for its options." -- remind
expect_usage 'knead remind add needs --at HH:MM' "" \
  "Run 'knead remind add --help' for its options." -- remind add
expect_usage '--print and --cron cannot be given together' "" \
  "Run 'knead remind add --help' for its options." -- remind add --at 08:30 --print --cron
expect_usage '--speed needs a value: --speed X' "" "$RUN_HELP" -- run --speed
expect_usage 'knead show takes no more arguments: "extra" is one too many' "" \
  "Run 'knead show --help' for its options." -- show lower-back extra
expect_usage '--color must be auto, always or never, not "allways"' 'did you mean "always"?' \
  "Run 'knead --help' for the commands and options." -- --color allways list
expect_usage '--sound must be auto, chime, bell or off, not "chmie"' 'did you mean "chime"?' \
  "$RUN_HELP" -- run --sound chmie
expect_usage 'the shell must be bash, zsh or fish, not "zhs"' 'did you mean "zsh"?' \
  "Run 'knead completions --help' for its options." -- completions zhs

# An unknown answers id gets a did-you-mean.
printf 'chest_pian = false\n' >"$SCRATCH/typo.toml"
run_knead run --answers "$SCRATCH/typo.toml" --no-history
expect_code 2 "an unknown answers id"
expect_eq "$err" "knead: error: $SCRATCH/typo.toml:1:1: unknown question id \"chest_pian\"; did you mean \"chest_pain\"?; 'knead questions lower-back' lists them" \
  "an unknown answers id: stderr"

# show and remind remove take the default routine, as run does.
run_knead show --json
expect_code 0 "show with no routine"
expect_contains "$out" '"id":"lower-back"' "show with no routine shows lower-back"
quick_routine morning >/dev/null
printf 'routine = "morning"\n' >"$XDG_CONFIG_HOME/knead/config.toml"
run_knead show --json
expect_contains "$out" '"id":"morning"' "show with no routine shows the configuration's routine"
rm "$XDG_CONFIG_HOME/knead/config.toml"
run_knead remind add --at 08:30 --no-enable
expect_code 0 "remind add with no routine"
run_knead remind remove
expect_code 0 "remind remove with no routine"
expect_contains "$out" "knead-lower-back.timer" "remind remove with no routine removes lower-back's"

finish
