# kill -9 in the middle of a session leaves a consistent database; the session reads
# as abandoned (not completed), and the next session is recorded normally.
. "$(dirname "$0")/lib.sh"

answers="$SCRATCH/full-answers.toml" # the safety questions, all "no"
cp "$(all_no_answers lower-back)" "$answers"

db="$XDG_STATE_HOME/knead/history.db"
"$KNEAD" run lower-back --answers "$answers" --plain --speed 100 --pain-before 5 >"$SCRATCH/run.out" 2>&1 </dev/null &
pid=$!

# Wait until the first step has been written (session time 160 s = 1.6 s here).
for _ in $(seq 100); do
  [ "$(sqlite3 "$db" "SELECT count(*) FROM steps" 2>/dev/null)" = "1" ] && break
  sleep 0.05
done
kill -KILL "$pid"
wait "$pid" 2>/dev/null

expect_eq "$(sqlite3 "$db" "PRAGMA integrity_check")" "ok" "integrity_check after kill -9"
expect_eq "$(sqlite3 "$db" "SELECT outcome FROM sessions")" "running" "stored outcome"

run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '.[] | [.outcome, .ended_at, .pain_before]')" \
  '["abandoned",null,5]' "the killed session"
run_knead due lower-back
expect_code 0 "due after an abandoned session"

quick=$(quick_routine lower-back) # a user lower-back of two short holds, run at normal speed
run_knead run lower-back --answers "$quick" --plain --pain-before 4 --pain-after 2
expect_code 0 "the next session"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '[.[] | .outcome]')" '["completed","abandoned"]' \
  "both sessions, newest first"
run_knead due lower-back
expect_code 1 "due after the next session"
expect_eq "$(sqlite3 "$db" "PRAGMA integrity_check")" "ok" "integrity_check at the end"

# SIGTERM, which can be caught: the session ends as interrupted (143), keeping the
# steps done and marking the one it was in.
rm "$XDG_CONFIG_HOME/knead/routines/lower-back.toml"
"$KNEAD" run lower-back --answers "$answers" --plain --speed 100 >"$SCRATCH/run.out" 2>&1 </dev/null &
pid=$!
for _ in $(seq 100); do
  [ "$(sqlite3 "$db" "SELECT count(*) FROM steps WHERE session_id = 3" 2>/dev/null)" = "1" ] && break
  sleep 0.05
done
kill -TERM "$pid"
wait "$pid"
code=$?
expect_code 143 "SIGTERM"
expect_eq "$(sqlite3 "$db" "SELECT outcome FROM sessions WHERE id = 3")" "interrupted" "after SIGTERM"
expect_eq "$(sqlite3 "$db" "SELECT group_concat(step || ':' || skipped || ':' || skip_reason, ' ')
  FROM steps WHERE session_id = 3")" "1:0: 2:1:interrupted" "steps after SIGTERM"

finish
