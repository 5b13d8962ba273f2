# stdout closed early: a reader that stops after one line (`| head -1`) or one that is
# gone before knead writes ends knead quietly, with nothing on stderr and exit 0
# (docs/scripting.md), so `set -o pipefail` scripts do not fail. A full disk is a real
# error: one line on stderr, exit 1. And a stderr that cannot be written changes
# nothing but the missing message.
. "$(dirname "$0")/lib.sh"

db="$XDG_STATE_HOME/knead/history.db"

# One quick session, then copies of its row: a log far longer than a pipe's buffer, so
# `knead log | head -1` is certain to meet the closed pipe.
printf 'title = "Tiny"\n[[step]]\ntitle = "Press"\nregion = "lower-back"\nhold = "1s"\n' \
  >"$SCRATCH/tiny.toml"
run_knead run "$SCRATCH/tiny.toml" --answers "$(all_no_answers "$SCRATCH/tiny.toml")" --plain \
  --speed 1000
expect_code 0 "the first session"
sqlite3 "$db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
  INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, ended_at, outcome,
                        active_s, pid)
  SELECT routine_id, routine_title, routine_hash, started_at, ended_at, outcome, active_s, pid
  FROM n, sessions WHERE sessions.id = 1"
checks=$((checks + 1))
[ "$("$KNEAD" log | wc -c)" -gt 200000 ] || fail "the log should be longer than 200000 bytes"

# through_head ARGS...: `knead ARGS | head -n 1` under pipefail; $out is the line, $code
# the pipeline's status (knead's, as head exits 0), $err knead's stderr.
through_head() {
  set -o pipefail
  out=$("$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null | head -n 1)
  code=$?
  set +o pipefail
  err=$(cat "$SCRATCH/stderr")
}

# into_closed_pipe ARGS...: knead ARGS with stdout a pipe whose reader is already gone,
# so the very first write fails (EPIPE) whatever the size of the output.
into_closed_pipe() {
  perl -e 'pipe(my $r, my $w) or die; close $r; open(STDOUT, ">&", $w) or die;
           exec @ARGV or die' "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

commands=("log" "log --json" "show lower-back" "list" "completions bash" "--help" "")
for command in "${commands[@]}"; do
  # shellcheck disable=SC2086 # each entry is a command line split at spaces
  through_head $command
  expect_code 0 "knead $command | head -1"
  expect_eq "$err" "" "knead $command | head -1: stderr"
  checks=$((checks + 1))
  [ -n "$out" ] || fail "knead $command | head -1 printed nothing"
  # shellcheck disable=SC2086
  into_closed_pipe $command
  expect_code 0 "knead $command into a closed pipe"
  expect_eq "$err" "" "knead $command into a closed pipe: stderr"
done
through_head log --csv
expect_eq "$out" "routine,started_at,ended_at,outcome,minutes,pain_before,pain_after,skipped,id,steps_done,step_count,speed,note" \
  "the first line of the CSV log"

# A session whose output nobody reads goes on to its end and is recorded as usual.
set -o pipefail
"$KNEAD" run "$SCRATCH/tiny.toml" --answers "$(all_no_answers "$SCRATCH/tiny.toml")" --plain \
  --speed 1000 2>"$SCRATCH/stderr" </dev/null | head -c 0
code=$?
set +o pipefail
err=$(cat "$SCRATCH/stderr")
expect_code 0 "a session into a closed pipe"
expect_eq "$err" "" "a session into a closed pipe: stderr"
expect_eq "$("$KNEAD" log --json --limit 1 | jq -r '.[0].outcome')" "completed" \
  "a session into a closed pipe: history"

# A write that fails for another reason is an error, said once.
for command in "log" "show lower-back" "list" "--help"; do
  # shellcheck disable=SC2086
  "$KNEAD" $command >/dev/full 2>"$SCRATCH/stderr" </dev/null
  code=$?
  err=$(cat "$SCRATCH/stderr")
  expect_code 1 "knead $command >/dev/full"
  expect_eq "$err" "knead: error: cannot write to standard output: No space left on device" \
    "knead $command >/dev/full: stderr"
done

# stderr unwritable: each command keeps its own exit code (it used to abort, 134).
for entry in "0 list" "1 show nonexistent" "1 check $SCRATCH/nowhere.toml" "2 list --bogus" \
  "2 run --answers /dev/null" "0 due back-points" "2 due nonexistent"; do
  # shellcheck disable=SC2086
  "$KNEAD" ${entry#* } >/dev/null 2>/dev/full </dev/null
  code=$?
  err="(stderr was /dev/full)"
  expect_code "${entry%% *}" "knead ${entry#* } 2>/dev/full"
done

finish
