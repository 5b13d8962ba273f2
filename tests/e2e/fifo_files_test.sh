# A FIFO or a device where knead reads a file: a routine, the configuration, the
# history, a reminder unit. No command waits on it (each is run under a time
# limit, so a hang fails here instead of stalling the suite); each says what is wrong.
. "$(dirname "$0")/lib.sh"

answers=$(all_no_answers lower-back) # the safety questions, all "no"

# quick ARGS...: run_knead ARGS, killed after 10 s (exit 124), checked to take under 5 s.
quick() {
  local start
  start=$(date +%s%N)
  out=$(timeout 10 "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
  checks=$((checks + 1))
  [ $(($(date +%s%N) - start)) -lt 5000000000 ] || fail "knead $* took 5 s or more"
}

# A routine file that is a FIFO nobody writes to reads as empty; a device is refused.
mkfifo "$SCRATCH/fifo.toml"
quick check "$SCRATCH/fifo.toml"
expect_code 1 "check a FIFO"
expect_contains "$err" "$SCRATCH/fifo.toml: error: the file is empty" "check a FIFO"
quick show "$SCRATCH/fifo.toml"
expect_code 1 "show a FIFO"
quick check --format short /dev/zero
expect_code 1 "check /dev/zero"
expect_eq "$err" "/dev/zero: error: cannot open: it is not a regular file (a FIFO, a device or a socket)
  hint: name a .toml file" "check /dev/zero"
# A pipe with a writer is still read (`knead check /dev/stdin`).
out=$(timeout 10 "$KNEAD" check /dev/stdin <"$KNEAD_SOURCE_DIR/routines/lower-back.toml" 2>&1)
code=$?
expect_code 0 "check from a pipe"

# A FIFO as the configuration file: an error (a bad file, 1), no wait.
mkdir -p "$XDG_CONFIG_HOME/knead"
mkfifo "$XDG_CONFIG_HOME/knead/config.toml"
quick run lower-back --answers "$answers" --plain --speed 1000
expect_code 1 "a FIFO as config.toml"
expect_contains "$err" "$XDG_CONFIG_HOME/knead/config.toml: error: cannot open: it is not a regular file (a FIFO, a device or a socket)" \
  "a FIFO as config.toml"
quick config
expect_code 1 "knead config, a FIFO as config.toml"
rm "$XDG_CONFIG_HOME/knead/config.toml"

# A FIFO as history.db: every reading command says so at once, and `due` does not
# say due (its 1 means done, so 2); `notify --if-due` does not fire.
mkdir -p "$XDG_STATE_HOME/knead"
db="$XDG_STATE_HOME/knead/history.db"
mkfifo "$db"
reason="$db: it is not a regular file (a FIFO, a device or a socket)"
quick log
expect_code 1 "log, history.db a FIFO"
expect_eq "$err" "knead: error: $reason" "log, history.db a FIFO"
quick stats
expect_code 1 "stats, history.db a FIFO"
expect_eq "$err" "knead: error: $reason" "stats, history.db a FIFO"
quick due lower-back
expect_code 2 "due, history.db a FIFO"
expect_eq "$err" "knead: error: $reason" "due, history.db a FIFO"
expect_eq "$out" "" "due says nothing on stdout"
fakes="$SCRATCH/bin"
mkdir -p "$fakes"
printf '#!/bin/sh\necho fired >>"%s"\n' "$SCRATCH/notify.log" >"$fakes/notify-send"
chmod +x "$fakes/notify-send"
PATH="$fakes:$PATH" DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/bus" quick notify lower-back --if-due
expect_code 1 "notify --if-due, history.db a FIFO"
expect_eq "$err" "knead: error: $reason" "notify --if-due, history.db a FIFO"
expect_eq "$(cat "$SCRATCH/notify.log" 2>/dev/null)" "" "notify --if-due did not fire"
# A session still runs, with one warning.
quick run lower-back --answers "$answers" --plain --speed 1000
expect_code 0 "run, history.db a FIFO"
expect_eq "$err" "knead: warning: cannot record this session in the history: $reason" \
  "run, history.db a FIFO"
rm "$db"

# A FIFO where SQLite keeps its write-ahead log or shared memory beside a real
# history: said at once, never waited on.
quick run lower-back --answers "$answers" --plain --speed 1000
expect_code 0 "run, a real history"
for suffix in -wal -shm; do
  mkfifo "$db$suffix"
  quick log
  expect_code 1 "log, history.db$suffix a FIFO"
  expect_eq "$err" "knead: error: $db: history.db$suffix beside it is not a regular file (a FIFO, a device, a socket or a directory); move it away" \
    "log, history.db$suffix a FIFO"
  quick due lower-back
  expect_code 2 "due, history.db$suffix a FIFO"
  rm "$db$suffix"
done

# (The screening record, read only when the questions are asked on a terminal, has
# its FIFO case in tests/unit/screening/last_check_test.cpp.)

# Reminder units in the way that are not files: a FIFO as the timer and a link to
# /dev/zero as the service (which grew knead to gigabytes) are never read as knead's
# own: `remind add` refuses at once.
units="$XDG_CONFIG_HOME/systemd/user"
mkdir -p "$units"
mkfifo "$units/knead-lower-back.timer"
quick remind add --at 08:00
expect_code 1 "remind add, the timer a FIFO"
expect_eq "$err" "knead: error: $units/knead-lower-back.timer exists and was not written by knead; rename or remove it first" \
  "remind add, the timer a FIFO"
rm "$units/knead-lower-back.timer"
ln -s /dev/zero "$units/knead-lower-back.service"
quick remind add --at 08:00
expect_code 1 "remind add, the service a link to /dev/zero"
expect_eq "$err" "knead: error: $units/knead-lower-back.service exists and was not written by knead; rename or remove it first" \
  "remind add, the service a link to /dev/zero"

finish
