# A history that cannot be read (its folder or its file without permission) is an
# error for every command that reads it, never an empty history: `due` does not say
# due (2: its 1 means done), `notify --if-due` does not fire, `log` and `stats` fail
# with one sentence (1, a bad file).
. "$(dirname "$0")/lib.sh"

# A user lower-back of two short holds, run at normal speed: a session at --speed
# would not count for due.
answers=$(quick_routine lower-back)
folder="$XDG_STATE_HOME/knead"
db="$folder/history.db"
fakes="$SCRATCH/bin"
mkdir -p "$fakes"
printf '#!/bin/sh\necho fired >>"%s"\n' "$SCRATCH/notify.log" >"$fakes/notify-send"
chmod +x "$fakes/notify-send"
export PATH="$fakes:$PATH" DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/bus"

# chmod does not stop root from reading, so as root the commands run as nobody, with
# the scratch folders handed to nobody (as in unreadable_folder).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  if ! "${as_user[@]}" test -x "$KNEAD"; then
    cp "$KNEAD" "$SCRATCH/knead"
    KNEAD=$SCRATCH/knead
  fi
  chown -R nobody "$SCRATCH"
  chmod 755 "$SCRATCH"
  if ! "${as_user[@]}" test -x "$KNEAD" -a -w "$XDG_STATE_HOME"; then
    echo "SKIPPED: running as root, and nobody cannot run $KNEAD" >&2
    checks=1
    finish
    exit
  fi
fi

# run_as ARGS...: run_knead, as nobody when the test runs as root.
run_as() {
  out=$(timeout 10 "${as_user[@]}" "$KNEAD" "$@" 2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
}

# every_reader REASON LABEL: the four reading commands, each refusing with REASON.
every_reader() {
  run_as due lower-back
  expect_code 2 "due, $2"
  expect_eq "$err" "knead: error: $1" "due, $2"
  expect_eq "$out" "" "due prints nothing on stdout, $2"
  run_as due lower-back --quiet
  expect_code 2 "due --quiet, $2"
  rm -f "$SCRATCH/notify.log"
  run_as notify lower-back --if-due
  expect_code 1 "notify --if-due, $2"
  expect_eq "$err" "knead: error: $1" "notify --if-due, $2"
  expect_eq "$(cat "$SCRATCH/notify.log" 2>/dev/null)" "" "notify --if-due did not fire, $2"
  run_as log
  expect_code 1 "log, $2"
  expect_eq "$err" "knead: error: $1" "log, $2"
  expect_eq "$out" "" "log says no 'no sessions', $2"
  run_as stats
  expect_code 1 "stats, $2"
  expect_eq "$err" "knead: error: $1" "stats, $2"
}

run_as run lower-back --answers "$answers" --plain
expect_code 0 "a first session"
[ -f "$db" ] || fail "the first session made no history"

chmod 000 "$folder"
every_reader "$db: Permission denied" "the folder without permission"
chmod 700 "$folder"

chmod 000 "$db"
every_reader "$db: Permission denied" "the file without permission"
chmod 600 "$db"

# Readable again: the session is there and the routine is done.
run_as due lower-back
expect_code 1 "due once readable"

finish
