# A session run to its end lands in the history: due flips from 0 to 1, log shows it
# with its pain ratings, stats counts a streak of one day. A session run with --speed
# is kept, shown as such, and not counted.
. "$(dirname "$0")/lib.sh"
# Whole lines are compared: no wrapping at 80 columns.
export COLUMNS=1000

answers=$(all_no_answers lower-back) # the safety questions, all "no"
quick=$(quick_routine quick)

run_knead due lower-back
expect_code 0 "due before any session"

run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-before 7 --pain-after 4
expect_code 0 "run"
expect_eq "$err" "" "run stderr"
run_knead due lower-back
expect_code 0 "due after a session at --speed: not counted"
run_knead log
expect_contains "$out" "lower-back   completed    23.2 min  4 of 4 steps done, 0 skipped  pain 7 → 4 (-3)  at --speed 1000, not counted" "log text"
run_knead stats --json
expect_eq "$(printf '%s' "$out" | jq -c '[.sessions_total, .minutes_total, .pain_pairs]')" "[0,0,0]" \
  "stats leave out a session at --speed"

# At normal speed (about three seconds), the session counts.
run_knead run quick --answers "$quick" --plain --pain-before 7 --pain-after 4
expect_code 0 "run quick"
run_knead due quick
expect_code 1 "due after a completed session"
expect_eq "$out" "done today: quick was completed today" "due after a completed session"
run_knead due
expect_code 1 "due after a completed session"
run_knead due quick --quiet
expect_code 1 "due --quiet"
expect_eq "$out" "" "due --quiet"
run_knead due back-points
expect_code 0 "due for another routine"
# A name that is no routine is an error, not "due" for ever.
run_knead due neck
expect_code 2 "due for a routine that does not exist"
expect_eq "$err" "knead: error: no routine named \"neck\"; 'knead list' shows them all" \
  "due for a routine that does not exist"
run_knead due lower-bak
expect_contains "$err" 'did you mean "lower-back"?' "due for a misspelt routine"
run_knead due "$SCRATCH/nowhere.toml"
expect_code 2 "due for a routine file that does not exist"

run_knead log --json
expect_code 0 "log --json"
expect_eq "$(printf '%s' "$out" | jq -c '.[] | [.routine, .outcome, .pain_before, .pain_after, (.skipped | length), .speed, .counted]')" \
  '["quick","completed",7,4,0,1,true]
["lower-back","completed",7,4,0,1000,false]' "log --json rows"
expect_eq "$(printf '%s' "$out" | jq -c '.[1] | [.minutes, .session_minutes, .planned_minutes, .step_count, .steps_done, .steps_skipped, .pain_change]')" \
  "[23.2,23.4,23.2,4,4,0,-3]" "working time, session time (with the prompt), steps"
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.minutes, .planned_minutes]')" "[0.1,0.1]" \
  "working time at normal speed"
expect_contains "$(printf '%s' "$out" | jq -r '.[0].started_at')" "$(date -u +%Y-%m-%dT)" "started_at"
expect_eq "$(printf '%s' "$out" | jq -r '.[0].ended_at | test("^[0-9-]{10}T[0-9:]{8}Z$")')" "true" "ended_at"

run_knead stats --json
expect_eq "$(printf '%s' "$out" | jq -c '[.current_streak, .longest_streak, .sessions_total, .pain_before_average, .pain_after_average, .pain_pairs]')" \
  "[1,1,1,7,4,1]" "stats --json"

# Every step is recorded with its planned and actual session time.
db="$XDG_STATE_HOME/knead/history.db"
expect_eq "$(sqlite3 "$db" "SELECT group_concat(step || ':' || planned_s || ':' || actual_s || ':' || working_s, ' ') FROM steps WHERE session_id = 1")" \
  "1:165:165:165 2:165:165:165 3:165:165:165 4:900:900:900" "steps table"

# No terminal and no flags: nothing is asked, no rating recorded.
run_knead run lower-back --answers "$answers" --plain --speed 1000
expect_code 0 "run without ratings"
expect_not_contains "$out" "How is your pain" "run without a terminal"
run_knead log --json --limit 1
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.pain_before, .pain_after]')" "[null,null]" "no ratings"
for limit in 0 -3 two; do
  run_knead log "--limit=$limit"
  expect_code 2 "log --limit $limit"
  expect_contains "$err" "must be a whole number, 1 or more" "log --limit $limit: the reason"
done

# --no-history records nothing.
run_knead run lower-back --answers "$answers" --plain --speed 1000 --no-history
expect_code 0 "run --no-history"
expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM sessions")" "3" "sessions after --no-history"

# Pain 2 or more points worse after the session: one line of advice, kept in the log.
run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-before 3 --pain-after 5
expect_code 0 "run, worse after"
expect_contains "$(printf '%s' "$out" | tr '\n' ' ' | tr -s ' ')" "Your pain is worse than before the session. Stop for today, and if it stays worse, ask a health professional." \
  "run, worse after: the advice"
run_knead log --json --limit 1
expect_eq "$(printf '%s' "$out" | jq -r '.[0].after_advice')" \
  "Your pain is worse than before the session. Stop for today, and if it stays worse, ask a health professional." \
  "log keeps the advice"
# What was said is kept as it was said: a corrected rating does not rewrite it, and it
# goes through an export and an import.
worse_id=$(printf '%s' "$out" | jq -r '.[0].id')
run_knead log edit "$worse_id" --pain-after 3
expect_code 0 "log edit of the worse session"
run_knead log --json --limit 1
expect_eq "$(printf '%s' "$out" | jq -r '"\(.[0].pain_after) \(.[0].after_advice | startswith("Your pain is worse"))"')" \
  "3 true" "the advice stays after the rating is corrected"
run_knead history export
expect_code 0 "export with advice"
printf '%s\n' "$out" >"$SCRATCH/with-advice.jsonl"
expect_eq "$(tail -n 1 "$SCRATCH/with-advice.jsonl" | jq -r '.advice | startswith("Your pain is worse")')" \
  "true" "the export carries the advice"
XDG_STATE_HOME="$SCRATCH/imported" run_knead history import "$SCRATCH/with-advice.jsonl"
expect_code 0 "import with advice"
XDG_STATE_HOME="$SCRATCH/imported" run_knead log --json --limit 1
expect_eq "$(printf '%s' "$out" | jq -r '.[0].after_advice | startswith("Your pain is worse")')" \
  "true" "the advice after an import"
run_knead run lower-back --answers "$answers" --plain --speed 1000 --no-history --pain-before 3 --pain-after 4
expect_not_contains "$out" "Your pain is worse" "one point worse: no advice"

# Ratings outside 0-10 are usage errors.
run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-before 11
expect_code 2 "--pain-before 11"
expect_contains "$err" "--pain-before" "--pain-before 11"
run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-after x
expect_code 2 "--pain-after x"

# A hand-made row cannot put escape sequences on the terminal.
sqlite3 "$db" "INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, outcome, pid)
  VALUES ('evil' || char(27) || ']0;pwned' || char(7), 't', '', '2020-01-01T00:00:00Z', 'completed', 1)"
for format in "" --json --csv; do
  run_knead log $format
  case "$out" in
  *$'\e'*) fail "log $format printed an escape character" ;;
  esac
  checks=$((checks + 1))
done

finish
