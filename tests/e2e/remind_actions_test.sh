# A reminder you can act on: "Start now" opens the routine in a terminal, "Snooze 30
# minutes" brings the reminder back unless the routine was done meanwhile, and
# without buttons it is the plain notification. A fake notify-send "clicks" a button:
# it answers each notification with the next line of $SCRATCH/replies.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/bin"
mkdir -p "$fakes"
# Each call's argv, one argument a line, then "--end--". A reply "snooze+session"
# first runs $SCRATCH/hook (a session completed while the reminder is snoozed).
cat >"$fakes/notify-send" <<FAKE
#!/bin/sh
for arg in "\$@"; do printf '%s\n' "\$arg"; done >>"$SCRATCH/notify.log"
echo "--end--" >>"$SCRATCH/notify.log"
reply=\$(head -n 1 "$SCRATCH/replies" 2>/dev/null)
sed -i 1d "$SCRATCH/replies" 2>/dev/null
case "\$reply" in
snooze+session) sh "$SCRATCH/hook" >/dev/null 2>&1; echo snooze ;;
no-actions) echo "Unknown option --action" >&2; exit 1 ;;
*) [ -n "\$reply" ] && echo "\$reply" ;;
esac
exit 0
FAKE
cat >"$fakes/x-terminal-emulator" <<FAKE
#!/bin/sh
for arg in "\$@"; do printf '%s\n' "\$arg"; done >>"$SCRATCH/terminal.log"
FAKE
chmod +x "$fakes/notify-send" "$fakes/x-terminal-emulator"
export PATH="$fakes:$PATH"
export DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/no-bus-needed-by-the-fake"
knead_path=$(realpath "$KNEAD")

reset() {
  rm -f "$SCRATCH/notify.log" "$SCRATCH/terminal.log"
  printf '%s\n' "$@" >"$SCRATCH/replies"
}
calls() { grep -c -- '--end--' "$SCRATCH/notify.log" 2>/dev/null || echo 0; }

# The service runs notify with the buttons.
run_knead remind add --at 08:30 --print
expect_contains "$out" "notify lower-back --if-due --actions" "the service asks with buttons"

# Start now: the routine in a terminal, the notification with both buttons.
reset start
run_knead notify lower-back --if-due --actions
expect_code 0 "Start now"
expect_eq "$(cat "$SCRATCH/notify.log")" "--app-name=knead
--action=start=Start now
--action=snooze=Snooze 30 minutes
--wait
--
Time for your lower-back routine
knead run lower-back
--end--" "the notification with buttons"
expect_eq "$(cat "$SCRATCH/terminal.log" 2>/dev/null)" "-e
$knead_path
run
lower-back" "Start now opens knead run lower-back in x-terminal-emulator"

# Snooze: the reminder comes back (after --snooze-seconds, 30 minutes by default);
# then Start now.
reset snooze start
run_knead notify lower-back --if-due --actions --snooze-seconds 0
expect_code 0 "Snooze, then Start now"
expect_eq "$(calls)" "2" "Snooze brings the reminder back once"
expect_contains "$(cat "$SCRATCH/terminal.log" 2>/dev/null)" "lower-back" "then Start now"

# Closed without a click: nothing more.
reset ""
run_knead notify lower-back --if-due --actions
expect_code 0 "closed"
expect_eq "$(calls)" "1" "a closed reminder is not shown again"
checks=$((checks + 1))
[ ! -e "$SCRATCH/terminal.log" ] || fail "a closed reminder opened a terminal"

# A notify-send that knows no buttons: the plain notification, as before.
reset no-actions ""
run_knead notify lower-back --actions
expect_code 0 "no action support"
expect_eq "$(calls)" "2" "no action support: one try with buttons, then the plain one"
expect_eq "$(sed -n '/--end--/,$p' "$SCRATCH/notify.log" | sed 1d)" "--app-name=knead
--
Time for your lower-back routine
knead run lower-back
--end--" "no action support: the plain notification"

# The configured terminal.
mkdir -p "$XDG_CONFIG_HOME/knead"
printf 'terminal = ["my-term", "--exec"]\n' >"$XDG_CONFIG_HOME/knead/config.toml"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >>"%s/my-term.log"\n' "$SCRATCH" >"$fakes/my-term"
chmod +x "$fakes/my-term"
reset start
run_knead notify lower-back --actions
expect_eq "$(cat "$SCRATCH/my-term.log" 2>/dev/null)" "--exec
$knead_path
run
lower-back" "Start now opens the configured terminal"
rm "$XDG_CONFIG_HOME/knead/config.toml"

# No terminal at all: one sentence, exit 1.
rm "$fakes/x-terminal-emulator"
reset start
run_knead notify lower-back --actions
expect_code 1 "Start now without a terminal"
expect_eq "$err" "knead: error: cannot start lower-back: x-terminal-emulator is not installed; name your terminal in config.toml, such as terminal = [\"foot\", \"-e\"]" \
  "Start now without a terminal"

# Snoozed, and done meanwhile: the reminder does not come back.
answers=$(quick_routine lower-back)
printf '"%s" run lower-back --answers "%s" --plain\n' "$KNEAD" "$answers" >"$SCRATCH/hook"
reset snooze+session start
run_knead notify lower-back --if-due --actions --snooze-seconds 0
expect_code 0 "snoozed, then done"
expect_eq "$(calls)" "1" "a routine done while snoozed is not reminded again"

# run --notify without a way to notify: one warning, and the session runs.
unset DBUS_SESSION_BUS_ADDRESS
run_knead run lower-back --notify --answers "$answers" --plain --no-history
expect_code 0 "run --notify without a session bus"
expect_eq "$(printf '%s\n' "$err" | grep -c -- '--notify')" "1" "run --notify warns once"
expect_contains "$err" "knead: warning: --notify: cannot show notifications: no desktop session bus" \
  "run --notify says why"

finish
