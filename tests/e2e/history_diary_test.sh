# Notes, corrections and deletions round-trip through `log --json` and each leaves an
# audit row; export then import into an empty history gives the same `log --json`,
# and importing twice (or a file with a bad line) adds nothing.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back)
db="$XDG_STATE_HOME/knead/history.db"
audit() { sqlite3 "$db" "SELECT session_id || ':' || action || ':' || field || ':' || coalesce(old_value, '-') || ':' || coalesce(new_value, '-') FROM audit WHERE action != 'delete' ORDER BY id"; }

run_knead note "before any session"
expect_code 1 "note without a history"
expect_contains "$err" "no sessions recorded yet" "note without a history"

for pain in 6 5 7; do
  run_knead run lower-back --answers "$answers" --plain --speed 1000 --pain-before "$pain" --pain-after 4
  expect_code 0 "run with pain $pain"
done
run_knead run lower-back --answers "$answers" --plain --speed 1000 --note "given on the command line"
expect_code 0 "run --note"

run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '[.[] | .id]')" "[4,3,2,1]" "ids, newest first"
expect_eq "$(printf '%s' "$out" | jq -r '.[0].note')" "given on the command line" "run --note"

# A note on the last session by default, on another by its id (as log shows it: #2).
run_knead note "stiff in the evening"
expect_code 0 "note"
expect_eq "$out" "Note kept on session #4." "note"
run_knead note "#2" "slept better"
expect_code 0 "note #2"
run_knead note 9 "no such session"
expect_code 1 "note on a missing session"
expect_eq "$err" "knead: error: no session #9; 'knead log' shows the ids" "note on a missing session"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '[.[] | .note]')" '["stiff in the evening","","slept better",""]' \
  "notes in log --json"
run_knead log
expect_contains "$out" "note: slept better" "notes in log"

# Corrections.
run_knead log edit 2 --pain-before 3
expect_code 0 "log edit"
expect_eq "$out" "Session #2 changed; the audit keeps what it was." "log edit"
run_knead log edit 2
expect_code 2 "log edit without a change"
run_knead log edit 2 --pain-after 11
expect_code 2 "log edit with a rating out of range"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '.[2] | [.pain_before, .pain_after, .pain_change]')" "[3,4,1]" \
  "edited ratings"

# Deleting asks; without a terminal it needs --yes.
run_knead log delete 3
expect_code 2 "log delete without a terminal"
expect_contains "$err" "not deleted: session #3 (lower-back," "log delete without --yes"
run_knead log delete 3 --yes
expect_code 0 "log delete --yes"
expect_contains "$out" "Deleted session #3" "log delete"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '[.[] | .id]')" "[4,2,1]" "after the delete"
expect_eq "$(sqlite3 "$db" "SELECT count(*) FROM steps WHERE session_id = 3")" "0" "its steps went with it"
expect_eq "$(audit)" "4:note:note::given on the command line
4:note:note:given on the command line:stiff in the evening
2:note:note::slept better
2:edit:pain_before:5:3" "the audit"
expect_eq "$(sqlite3 "$db" "SELECT json_extract(old_value, '\$.pain_before') FROM audit WHERE action = 'delete'")" \
  "7" "the deleted session is kept in the audit"

# Export, then import into an empty history: the same log --json.
run_knead log --json
before=$out
run_knead history export
expect_code 0 "export"
printf '%s\n' "$out" >"$SCRATCH/diary.jsonl"
expect_eq "$(wc -l <"$SCRATCH/diary.jsonl")" "3" "one line a session"
expect_eq "$(head -n 1 "$SCRATCH/diary.jsonl" | jq -c '[.id, .outcome, .speed, (.steps | length), (.answers | length) > 0]')" \
  "[1,\"completed\",1000,4,true]" "every field, oldest first"
export XDG_STATE_HOME="$SCRATCH/state2"
run_knead history import "$SCRATCH/diary.jsonl"
expect_code 0 "import"
expect_eq "$out" "Imported 3 sessions; 0 already in the history." "import"
run_knead log --json
expect_eq "$out" "$before" "log --json after export and import"
run_knead history import "$SCRATCH/diary.jsonl"
expect_code 0 "import twice"
expect_eq "$out" "Imported 0 sessions; 3 already in the history." "import twice"
run_knead log --json
expect_eq "$out" "$before" "log --json after importing twice"

# A file with bad lines: each named with its number, nothing imported.
{
  echo '{"knead_history": 1}'
  sed -n 1p "$SCRATCH/diary.jsonl" | sed 's/"started_at":"[^"]*"/"started_at":"2020-01-01T00:00:00Z"/'
  echo 'not json'
  sed -n 2p "$SCRATCH/diary.jsonl" | sed 's/"pain_before":[0-9]*/"pain_before":12/'
} >"$SCRATCH/bad.jsonl"
export XDG_STATE_HOME="$SCRATCH/state3"
run_knead history import "$SCRATCH/bad.jsonl"
expect_code 1 "import of bad lines"
expect_eq "$err" "$SCRATCH/bad.jsonl:1: error: \"id\" must be a whole number
$SCRATCH/bad.jsonl:3: error: not a JSON object
$SCRATCH/bad.jsonl:4: error: \"pain_before\" must be from 0 to 10
knead: error: nothing imported: 3 of the lines cannot be read" "import of bad lines"
run_knead log --json
expect_eq "$out" "[]" "nothing half-imported"
finish
