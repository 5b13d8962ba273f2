# What `--events` may name: never the history (a tab-completion slip crashed with
# SIGBUS and destroyed it), never a folder (which left a phantom `abandoned` row),
# refused before anything is recorded; a write that fails (/dev/full, a full disk)
# is one warning and exit 1 at the end, the session and its row untouched.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back) # the safety questions, all "no"
args=(run lower-back --answers "$answers" --plain --speed 1000)
db="$XDG_STATE_HOME/knead/history.db"
rows() { sqlite3 "$db" "SELECT count(*) FROM sessions"; }

run_knead "${args[@]}"
expect_code 0 "a first session"
expect_eq "$(rows)" "1" "one row"
sum=$(sqlite3 "$db" "SELECT group_concat(id || outcome) FROM sessions")

# refused TARGET MESSAGE LABEL: `run --events TARGET` exits 1 with MESSAGE, records
# nothing and leaves the history as it was.
refused() {
  run_knead "${args[@]}" --events "$1"
  expect_code 1 "$3"
  expect_eq "$err" "knead: error: $2" "$3"
  expect_eq "$out" "" "$3: nothing on stdout"
  expect_eq "$(rows)" "1" "$3: no row recorded"
  expect_eq "$(sqlite3 "$db" "PRAGMA integrity_check")" "ok" "$3: the history is intact"
  expect_eq "$(sqlite3 "$db" "SELECT group_concat(id || outcome) FROM sessions")" "$sum" \
    "$3: the same rows"
}

refused "$db" "cannot write the events file $db: it is the history file $db; name a new file for the events" \
  "--events the history"
ln -s "$db" "$SCRATCH/link.jsonl"
refused "$SCRATCH/link.jsonl" "cannot write the events file $SCRATCH/link.jsonl: it is the history file $db; name a new file for the events" \
  "--events a symlink to the history"
ln "$db" "$SCRATCH/hard.jsonl"
refused "$SCRATCH/hard.jsonl" "cannot write the events file $SCRATCH/hard.jsonl: it is the history file $db; name a new file for the events" \
  "--events a hard link to the history"
refused "$db-wal" "cannot write the events file $db-wal: it is the history file $db-wal; name a new file for the events" \
  "--events the history's WAL"
refused "$SCRATCH" "cannot write the events file $SCRATCH: it is a directory; name a file inside it" \
  "--events a folder"
refused "$SCRATCH/no/such/folder/e.jsonl" "cannot write the events file $SCRATCH/no/such/folder/e.jsonl: No such file or directory" \
  "--events in a missing folder"
python3 -c "import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])" "$SCRATCH/sock"
refused "$SCRATCH/sock" "cannot write the events file $SCRATCH/sock: it is not a regular file, a FIFO or a terminal" \
  "--events a socket"
# With --no-history too: the file is still the history.
run_knead "${args[@]}" --no-history --events "$db"
expect_code 1 "--no-history --events the history"
expect_eq "$(sqlite3 "$db" "PRAGMA integrity_check")" "ok" "--no-history: the history is intact"

# A device that takes nothing: one warning, the session runs and is recorded, exit 1.
run_knead "${args[@]}" --events /dev/full
expect_code 1 "--events /dev/full"
expect_eq "$err" "knead: warning: cannot write the events file /dev/full: No space left on device; the rest of the events are left out" \
  "--events /dev/full: one warning"
expect_contains "$out" "Session complete" "--events /dev/full: the session ran"
expect_eq "$(sqlite3 "$db" "SELECT outcome FROM sessions ORDER BY id DESC LIMIT 1")" "completed" \
  "--events /dev/full: recorded"
# A device that takes everything, and a FIFO with a reader, are fine.
run_knead "${args[@]}" --events /dev/null
expect_code 0 "--events /dev/null"
expect_eq "$err" "" "--events /dev/null: nothing on stderr"
mkfifo "$SCRATCH/fifo"
cat "$SCRATCH/fifo" >"$SCRATCH/from-fifo.jsonl" &
run_knead "${args[@]}" --events "$SCRATCH/fifo"
wait
expect_code 0 "--events a FIFO with a reader"
expect_eq "$(tail -n 1 "$SCRATCH/from-fifo.jsonl" | jq -r .event)" "session_end" "the FIFO got every event"
# A FIFO whose reader comes a moment later still gets every event; one nobody reads
# ends the run after 5 s with why, before any question and with nothing recorded
# (a blocking open() used to wait there for ever).
(sleep 1 && cat "$SCRATCH/fifo" >"$SCRATCH/late-fifo.jsonl") &
run_knead "${args[@]}" --events "$SCRATCH/fifo"
wait
expect_code 0 "--events a FIFO whose reader comes late"
expect_eq "$(tail -n 1 "$SCRATCH/late-fifo.jsonl" | jq -r .event)" "session_end" "the late reader got every event"
rows_before=$(rows)
started=$(date +%s)
out=$(timeout 20 "$KNEAD" "${args[@]}" --events "$SCRATCH/fifo" 2>"$SCRATCH/stderr" </dev/null)
code=$?
err=$(cat "$SCRATCH/stderr")
expect_code 1 "--events a FIFO nobody reads"
expect_eq "$err" "knead: error: cannot write the events file $SCRATCH/fifo: it is a FIFO and nothing read it within 5 seconds; start its reader first" \
  "--events a FIFO nobody reads"
expect_eq "$(( $(date +%s) - started < 15 ))" "1" "--events a FIFO nobody reads: no hang"
expect_eq "$(rows)" "$rows_before" "--events a FIFO nobody reads: nothing recorded"

finish
