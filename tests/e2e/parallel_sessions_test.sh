# Two sessions at once sharing one history (and a reader polling it): each row ends
# with its own outcome and all its steps, nothing says "database is locked", and the
# file is intact.
. "$(dirname "$0")/lib.sh"

db="$XDG_STATE_HOME/knead/history.db"

# Forty one-second steps: at --speed 200 a step ends every 5 ms, so the two sessions'
# writes interleave densely.
{
  printf 'title = "Many steps"\n'
  for i in $(seq 40); do
    printf '[[step]]\ntitle = "Step %d"\nregion = "lower-back"\nhold = "1s"\n' "$i"
  done
} >"$SCRATCH/many.toml"
answers=$(all_no_answers "$SCRATCH/many.toml")

# start NAME ARGS...: a plain session in the background; its pid in $pid_NAME.
start() {
  local name=$1
  shift
  "$KNEAD" run "$@" --plain --speed 200 >"$SCRATCH/$name.out" 2>"$SCRATCH/$name.err" </dev/null &
  eval "pid_$name=\$!"
}

# finished NAME CODE: waits for session NAME and checks its exit code and empty stderr.
finished() {
  wait "$(eval "echo \$pid_$1")"
  code=$?
  err=$(cat "$SCRATCH/$1.err")
  expect_code "$2" "session $1"
  expect_eq "$err" "" "session $1: stderr"
}

# Round 1: two sessions of the same routine at once, with `knead log` reading meanwhile.
start a "$SCRATCH/many.toml" --answers "$answers" --pain-before 3 --pain-after 1
start b "$SCRATCH/many.toml" --answers "$answers" --pain-before 4 --pain-after 2
while kill -0 "$pid_a" 2>/dev/null || kill -0 "$pid_b" 2>/dev/null; do
  "$KNEAD" log --json >/dev/null 2>>"$SCRATCH/reader.err" || fail "knead log failed while writing"
done
finished a 0
finished b 0
expect_eq "$(cat "$SCRATCH/reader.err")" "" "knead log while two sessions write"
expect_eq "$(sqlite3 "$db" "SELECT group_concat(row, ', ') FROM (
  SELECT s.outcome || ' ' || s.pain_before || ' ' || s.pain_after || ' ' ||
         (SELECT count(*) FROM steps WHERE session_id = s.id) AS row
  FROM sessions s ORDER BY s.pain_before)")" \
  "completed 3 1 40, completed 4 2 40" "both rows, each with its 40 steps"
expect_eq "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok" "integrity_check after round 1"

# Round 2: one session is ended by SIGTERM while the other completes.
start c lower-back --answers "$(all_no_answers lower-back)"
start d "$SCRATCH/many.toml" --answers "$answers"
finished d 0
# c runs for 7 s; its first line means the session (and its signal handling) has begun.
within_5s grep -q 'step 1/4' "$SCRATCH/c.out"
kill -TERM "$pid_c"
finished c 143
expect_eq "$("$KNEAD" log --json | jq -c '[.[] | .outcome] | sort')" \
  '["completed","completed","completed","interrupted"]' "all four outcomes"
expect_eq "$(sqlite3 "$db" 'PRAGMA integrity_check')" "ok" "integrity_check after round 2"

finish
