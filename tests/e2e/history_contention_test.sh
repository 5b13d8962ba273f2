# Writers that get in each other's way lose nothing: a session whose writes meet a
# lock held for longer than the busy timeout catches up once it is free, and forty
# sessions at once on one history each leave their completed row with every step.
. "$(dirname "$0")/lib.sh"

db="$XDG_STATE_HOME/knead/history.db"
# Eight two-second steps: at --speed 100 a step ends every 20 ms.
{
  printf 'title = "Eight steps"\n'
  for i in $(seq 8); do
    printf '[[step]]\ntitle = "Step %d"\nregion = "lower-back"\nhold = "2s"\n' "$i"
  done
} >"$SCRATCH/eight.toml"
answers=$(all_no_answers "$SCRATCH/eight.toml")

run_knead run "$SCRATCH/eight.toml" --answers "$answers" --plain --speed 100
expect_code 0 "a first session makes the history"

# Another process holds the write lock for 2.5 s (ten times the session's busy
# timeout) while a session runs: its writes wait, then catch up.
locked() { ! sqlite3 -cmd ".timeout 0" "$db" "BEGIN IMMEDIATE; ROLLBACK;" 2>/dev/null; }
{
  echo "BEGIN IMMEDIATE;"
  echo "UPDATE sessions SET pain_before = pain_before;"
  sleep 2.5
  echo "COMMIT;"
} | sqlite3 "$db" &
holder=$!
checks=$((checks + 1))
within_5s locked || fail "the lock was never taken"
run_knead run "$SCRATCH/eight.toml" --answers "$answers" --plain --speed 20
wait "$holder"
expect_code 0 "a session while the lock is held"
expect_eq "$err" "" "no warning: the writes caught up"
expect_eq "$(sqlite3 "$db" "SELECT outcome, (SELECT count(*) FROM steps WHERE session_id = s.id) FROM sessions s ORDER BY id DESC LIMIT 1")" \
  "completed|8" "the session and its eight steps"

# Forty sessions at once.
pids=()
for i in $(seq 40); do
  "$KNEAD" run "$SCRATCH/eight.toml" --answers "$answers" --plain --speed 100 \
    >/dev/null 2>"$SCRATCH/err.$i" </dev/null &
  pids+=($!)
done
for i in $(seq 40); do
  wait "${pids[$((i - 1))]}"
  code=$?
  err=$(cat "$SCRATCH/err.$i")
  expect_code 0 "session $i of 40"
  expect_eq "$err" "" "session $i of 40: stderr"
done
expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE outcome = 'completed'")" "42" \
  "forty-two completed rows"
expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM steps")" "336" "every step of every session"
expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM sessions WHERE outcome != 'completed'")" "0" \
  "no other row"
expect_eq "$(sqlite3 "$db" "PRAGMA integrity_check")" "ok" "integrity"

finish
