# Routine files built to hurt: 10 MB (from a file and from a pipe) and nested a hundred
# thousand deep (brackets, inline tables, dotted table headers and keys). `check` and
# `show` refuse each at once with one clear message, and never crash.
. "$(dirname "$0")/lib.sh"

hint="  hint: a routine file is a page of text: is this the right file?"
deep_hint="  hint: a routine is [[step]] tables of keys, with short lists at most"

# refused ARGS...: run_knead ARGS and check it took under 3 s (none reads more than 1 MiB;
# a refusal takes milliseconds, the margin is for a loaded machine under ASan).
refused() {
  local start
  start=$(date +%s%N)
  run_knead "$@"
  checks=$((checks + 1))
  [ $(($(date +%s%N) - start)) -lt 3000000000 ] || fail "knead $* took 3 s or more"
}

head -c 10485760 /dev/zero | tr '\0' '#' >"$SCRATCH/big.toml"
refused check --format short "$SCRATCH/big.toml"
expect_code 1 "check 10 MB"
expect_eq "$err" "$SCRATCH/big.toml: error: the file is too large (10485760 bytes; the limit is 1 MiB)
$hint" "check 10 MB"
refused show "$SCRATCH/big.toml"
expect_code 1 "show 10 MB"
expect_eq "$err" "knead: error: $SCRATCH/big.toml: the file is too large (10485760 bytes; the limit is 1 MiB)" \
  "show 10 MB"

# From a pipe the size is unknown: knead reads one byte past the limit and stops.
# shellcheck disable=SC2002 # the point is a pipe, not a file
cat "$SCRATCH/big.toml" | "$KNEAD" check --format short /dev/stdin >/dev/null 2>"$SCRATCH/stderr"
code=${PIPESTATUS[1]}
err=$(cat "$SCRATCH/stderr")
expect_code 1 "check 10 MB from a pipe"
expect_eq "$err" "/dev/stdin: error: the file is too large (over 1048576 bytes; the limit is 1 MiB)
$hint" "check 10 MB from a pipe"

# deep NAME LINE COLUMN: $SCRATCH/NAME.toml is refused by check and show at
# LINE:COLUMN, where it first nests 65 deep.
deep() {
  local file="$SCRATCH/$1.toml" at="$2:$3"
  refused check --format short "$file"
  expect_code 1 "check $1"
  expect_eq "$err" "$file:$at: error: the file nests tables or lists more than 64 levels deep
$deep_hint" "check $1"
  refused show "$file"
  expect_code 1 "show $1"
  expect_eq "$err" "knead: error: $file:$at: the file nests tables or lists more than 64 levels deep" \
    "show $1"
}

# repeat N TEXT: TEXT N times, without a newline.
repeat() { yes -- "$2" | head -n "$1" | tr -d '\n'; }

{ printf 'title = "T"\nx = '; repeat 100000 '['; } >"$SCRATCH/brackets.toml"
deep brackets 2 69
{ printf 'title = "T"\nx = '; repeat 100000 '{a='; } >"$SCRATCH/inline.toml"
deep inline 2 197
{ printf 'title = "T"\n[a'; repeat 100000 '.a'; echo ']'; } >"$SCRATCH/header.toml"
deep header 2 129
{ printf '[[a'; repeat 100000 '.a'; echo ']]'; } >"$SCRATCH/array_header.toml"
deep array_header 1 128
{ repeat 100000 'a.'; echo 'a = 1'; } >"$SCRATCH/dotted_key.toml"
deep dotted_key 1 130

finish
