# `knead notify`: notify-send gets an argv with the routine in its text; without
# notify-send or a session bus, one line says why and the exit code is 1.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/bin"
mkdir -p "$fakes"
# The fake records each argument on its own line, so the argv can be checked exactly.
cat >"$fakes/notify-send" <<FAKE
#!/bin/sh
for arg in "\$@"; do printf '%s\n' "\$arg"; done >>"$SCRATCH/notify.log"
FAKE
chmod +x "$fakes/notify-send"
ORIGINAL_PATH=$PATH
export PATH="$fakes:$ORIGINAL_PATH"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/no-bus-needed-by-the-fake"

run_knead notify
expect_code 0 "notify"
expect_eq "$out$err" "" "notify output"
expect_eq "$(cat "$SCRATCH/notify.log")" "--app-name=knead
--
Time for your lower-back routine
knead run lower-back" "notify-send argv"

rm -f "$SCRATCH/notify.log"
run_knead notify lower-back --if-due
expect_code 0 "notify --if-due with nothing done today"
expect_contains "$(cat "$SCRATCH/notify.log" 2>/dev/null)" "knead run lower-back" "notify --if-due"

# After a completed session, --if-due stays silent; without it, notify still shows.
# (A session at --speed is not counted: a user lower-back of two short holds runs at
# normal speed.)
run_knead run lower-back --answers "$(quick_routine lower-back)" --plain
expect_code 0 "a completed session"
rm -f "$SCRATCH/notify.log"
run_knead notify lower-back --if-due
expect_code 0 "notify --if-due after a completed session"
expect_eq "$out$err" "" "notify --if-due after a completed session"
checks=$((checks + 1))
[ ! -e "$SCRATCH/notify.log" ] || fail "notify --if-due called notify-send after a completed session"
run_knead notify lower-back
expect_contains "$(cat "$SCRATCH/notify.log")" "knead run lower-back" "notify without --if-due"

run_knead notify ../x
expect_code 2 "notify of a path"

# notify-send fails: one line, exit 1.
printf '#!/bin/sh\necho "GDBus.Error: noise" >&2\nexit 1\n' >"$fakes/notify-send"
run_knead notify
expect_code 1 "failing notify-send"
expect_eq "$err" "knead: error: cannot show a notification: notify-send failed (exit status 1)" "failing notify-send"

# No session bus.
unset DBUS_SESSION_BUS_ADDRESS
export XDG_RUNTIME_DIR="$SCRATCH/run"
run_knead notify
expect_code 1 "no session bus"
expect_eq "$err" 'knead: error: cannot show a notification: no desktop session bus (DBUS_SESSION_BUS_ADDRESS is not set and $XDG_RUNTIME_DIR/bus does not exist)' "no session bus"

# No notify-send on PATH at all: only the tools the test itself uses.
mkdir -p "$SCRATCH/tools"
for tool in cat rm; do ln -s "$(command -v $tool)" "$SCRATCH/tools/$tool"; done
export PATH="$SCRATCH/tools"
run_knead notify
expect_code 1 "no notify-send"
expect_eq "$err" "knead: error: cannot show a notification: notify-send is not installed (Debian package libnotify-bin)" "no notify-send"

finish
