# Answers files built to hurt, as routine files are (hostile_routine): a key of 150,000
# dotted parts, endless bytes, a FIFO, a folder and a flood of made-up ids. Each is
# a usage error (exit 2) with one short sentence, within seconds, never a crash.
. "$(dirname "$0")/lib.sh"

# refused ARGS...: run_knead ARGS under a time limit (a hang fails the check instead
# of the whole suite) and check it took under 5 s.
refused() {
  local start
  start=$(date +%s%N)
  out=$(timeout 10 "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
  checks=$((checks + 1))
  [ $(($(date +%s%N) - start)) -lt 5000000000 ] || fail "knead $* took 5 s or more"
}

# One key of 150,000 dotted parts (about 300 KB, so under the cap it would be parsed).
{
  printf 'a'
  head -c 149999 /dev/zero | tr '\0' 'x' | sed 's/x/.a/g'
  printf ' = true\n'
} >"$SCRATCH/deep.toml"
refused run lower-back --plain --answers "$SCRATCH/deep.toml"
expect_code 2 "a 150,000-part dotted key"
expect_eq "$err" "knead: error: the answers file $SCRATCH/deep.toml is too large (300007 bytes; the limit is 64 KiB): an answers file is a few dozen lines" \
  "a 150,000-part dotted key"

# The same depth within the cap: 30,000 parts of one letter is 60 KB.
{
  printf 'a'
  head -c 29999 /dev/zero | tr '\0' 'x' | sed 's/x/.a/g'
  printf ' = true\n'
} >"$SCRATCH/deep-small.toml"
refused run lower-back --plain --answers "$SCRATCH/deep-small.toml"
expect_code 2 "a 30,000-part dotted key"
expect_eq "$err" "knead: error: $SCRATCH/deep-small.toml:1:130: the file nests keys, tables or lists more than 64 levels deep; an answers file is lines such as injury = false" \
  "a 30,000-part dotted key"
# Brackets and inline tables nest too.
head -c 50000 /dev/zero | tr '\0' '[' >"$SCRATCH/brackets.toml"
refused run lower-back --plain --answers "$SCRATCH/brackets.toml"
expect_code 2 "50,000 brackets"
expect_contains "$err" "brackets.toml:1:65: the file nests keys, tables or lists more than 64 levels deep" \
  "50,000 brackets"

# Endless input: capped instead of read until memory runs out.
refused run lower-back --plain --answers /dev/zero
expect_code 2 "--answers /dev/zero"
expect_eq "$err" "knead: error: cannot open the answers file /dev/zero: it is not a regular file (a FIFO, a device or a socket)" \
  "--answers /dev/zero"
# shellcheck disable=SC2002 # the point is a pipe, not a file
refused run lower-back --plain --answers <(head -c 1000000 /dev/zero | tr '\0' '#')
expect_code 2 "a megabyte from a pipe"
expect_contains "$err" "is too large (over 65536 bytes; the limit is 64 KiB)" "a megabyte from a pipe"
head -c 100000 /dev/zero | tr '\0' '#' >"$SCRATCH/big.toml"
refused run lower-back --plain --answers "$SCRATCH/big.toml"
expect_code 2 "a 100 KB file"
expect_eq "$err" "knead: error: the answers file $SCRATCH/big.toml is too large (100000 bytes; the limit is 64 KiB): an answers file is a few dozen lines" \
  "a 100 KB file"

# A FIFO nobody writes to reads as empty at once, and a folder is refused.
mkfifo "$SCRATCH/fifo.toml"
refused run lower-back --plain --answers "$SCRATCH/fifo.toml"
expect_code 2 "a FIFO nobody writes to"
expect_contains "$err" "knead: error: $SCRATCH/fifo.toml: missing answers for: " "a FIFO nobody writes to"
refused run lower-back --plain --answers "$SCRATCH"
expect_code 2 "a folder"
expect_eq "$err" "knead: error: cannot open the answers file $SCRATCH: it is a directory, not a file" "a folder"
refused run lower-back --plain --answers "$SCRATCH/none.toml"
expect_code 2 "a missing file"
expect_eq "$err" "knead: error: cannot open the answers file $SCRATCH/none.toml: No such file or directory" \
  "a missing file"

# Thousands of made-up ids: the message names five and counts the rest.
for i in $(seq 1 3000); do printf 'made_up_%d = false\n' "$i"; done >"$SCRATCH/ids.toml"
refused run lower-back --plain --answers "$SCRATCH/ids.toml"
expect_code 2 "3,000 unknown ids"
expect_eq "$err" "knead: error: $SCRATCH/ids.toml:1:1: unknown question ids \"made_up_1\", \"made_up_10\", \"made_up_100\", \"made_up_1000\", \"made_up_1001\" and 2995 more; 'knead questions lower-back' lists them" \
  "3,000 unknown ids"

# A 300-character id is named cut to 40 columns, not in a 400-character line.
long_id=$(printf 'q%.0s' $(seq 300))
printf '%s = true\n' "$long_id" >"$SCRATCH/long-id.toml"
run_knead run lower-back --plain --answers "$SCRATCH/long-id.toml"
expect_code 2 "an answers file with a 300-character id"
expect_contains "$err" "unknown question id \"$(printf 'q%.0s' $(seq 37))...\"" \
  "the long id is cut"
expect_eq "$(( ${#err} < 200 ))" "1" "the message stays short"

# Nothing was recorded by any of them.
expect_eq "$(find "$XDG_STATE_HOME" -name history.db)" "" "no history"

finish
