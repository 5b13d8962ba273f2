# With no history yet: nothing is due-done, the listings are empty, and reading
# never creates the file.
. "$(dirname "$0")/lib.sh"

db="$XDG_STATE_HOME/knead/history.db"

run_knead due lower-back
expect_code 0 "due without history"
expect_eq "$out" "due: lower-back not completed yet today" "due without history"

run_knead due --quiet
expect_code 0 "due --quiet"
expect_eq "$out" "" "due --quiet"

run_knead log --json
expect_code 0 "log --json"
expect_eq "$out" "[]" "log --json without history"

run_knead log --csv
expect_eq "$out" "routine,started_at,ended_at,outcome,minutes,pain_before,pain_after,skipped,id,steps_done,step_count,speed,note" "csv header"

run_knead stats --json
expect_code 0 "stats --json"
expect_eq "$(printf '%s' "$out" | jq -c '[.sessions_total, .current_streak, (.pain_trend | length)]')" \
  "[0,0,30]" "stats --json without history"

[ ! -e "$db" ] || fail "a reading command created $db"
[ ! -e "$XDG_STATE_HOME/knead" ] || fail "a reading command created the folder"
checks=$((checks + 1))

run_knead log --since 2026-13-01
expect_code 2 "log --since with a bad date"
expect_eq "$err" 'knead: error: --since: "2026-13-01" is not a date; write it as YYYY-MM-DD' \
  "bad --since"

run_knead log --json --csv
expect_code 2 "--json with --csv"

# A file where the database should be that is not SQLite: due says it cannot tell (2).
mkdir -p "$XDG_STATE_HOME/knead"
echo "not a database" >"$db"
run_knead due lower-back
expect_code 2 "due on a broken file"
expect_eq "$err" "knead: error: $db: file is not a database" "due on a broken file"

finish
