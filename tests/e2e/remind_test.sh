# `knead remind`: systemd user units (written, verified, listed, removed), the
# crontab line, and the message when no user manager answers.
. "$(dirname "$0")/lib.sh"

units="$XDG_CONFIG_HOME/systemd/user"
timer="$units/knead-lower-back.timer"
service="$units/knead-lower-back.service"

run_knead remind add --at 08:30 --days mon-fri --print
expect_code 0 "remind add --print"
expect_contains "$out" "OnCalendar=Mon..Fri *-*-* 08:30:00" "remind add --print"
expect_contains "$out" "Persistent=true" "remind add --print"
expect_contains "$out" "ExecStart=$KNEAD notify lower-back --if-due" "remind add --print"
[ ! -e "$units" ] || fail "--print wrote $units"

run_knead remind add --at 25:00
expect_code 2 "--at 25:00"
expect_eq "$err" 'knead: error: --at takes a time of day as HH:MM (24-hour clock), such as 08:30; got "25:00"' "--at 25:00"
run_knead remind add --at 08:00 --days funday
expect_code 2 "--days funday"
expect_contains "$err" "--days takes daily, weekdays, weekends" "--days funday"
run_knead remind add ../evil --at 08:00
expect_code 2 "a path-like routine"
expect_contains "$err" "a reminder names a routine by its id, not a file" "a path-like routine"
run_knead remind add --at 08:00 --print --cron
expect_code 2 "--print with --cron"
run_knead remind add --days daily
expect_code 2 "remind add without --at"

run_knead remind add --at 7:00 --days sat,sun --cron
expect_code 0 "--cron"
expect_eq "$out" "0 7 * * 0,6 DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/$(id -u)/bus $KNEAD notify lower-back --if-due" "--cron"

# A file of the person's own in the same folder must survive everything below.
mkdir -p "$units"
printf '[Unit]\nDescription=mine\n' >"$units/mine.service"

# No user manager here (the real systemctl fails): files written, one message.
PATH_WITHOUT_FAKES=$PATH
run_knead remind add --at 07:15 --days mon-fri
expect_code 0 "remind add without a user manager"
[ -f "$timer" ] && [ -f "$service" ] || fail "remind add did not write both units"
expect_contains "$err" "systemctl --user enable --now knead-lower-back.timer" "enable-later message"
expect_contains "$err" "loginctl enable-linger" "enable-later message"

# systemd itself accepts the units (verify needs a runtime folder to exist).
export XDG_RUNTIME_DIR="$SCRATCH/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
checks=$((checks + 1))
verify=$(systemd-analyze verify --user "$timer" "$service" 2>&1) || fail "systemd-analyze verify: $verify"
checks=$((checks + 1))
[ -z "$verify" ] || fail "systemd-analyze verify warned: $verify"

# Re-adding replaces the schedule in place.
run_knead remind add --at 06:45 --no-enable
expect_code 0 "remind add --no-enable"
expect_contains "$out" "(not enabled)" "remind add --no-enable"
expect_contains "$(cat "$timer")" "OnCalendar=*-*-* 06:45:00" "re-added timer"
expect_not_contains "$(cat "$timer")" "07:15" "re-added timer"

run_knead remind list
expect_code 0 "remind list"
expect_contains "$out" "lower-back" "remind list"
expect_contains "$out" "06:45 daily" "remind list"

run_knead remind add no-such-routine --at 08:00
expect_code 1 "remind add of an unknown routine"
expect_contains "$err" "no-such-routine" "remind add of an unknown routine"

# A unit knead did not write is never overwritten.
mkdir -p "$XDG_CONFIG_HOME/knead/routines"
cp "$KNEAD_SOURCE_DIR/routines/lower-back.toml" "$XDG_CONFIG_HOME/knead/routines/neck.toml"
printf '[Unit]\nDescription=mine\n' >"$units/knead-neck.timer"
run_knead remind add neck --at 08:00 --no-enable
expect_code 1 "remind add over a foreign unit"
expect_eq "$err" "knead: error: $units/knead-neck.timer exists and was not written by knead; rename or remove it first" "foreign unit"
run_knead remind remove neck
expect_code 1 "remind remove of a foreign unit"
[ -f "$units/knead-neck.timer" ] || fail "remind remove deleted a unit knead did not write"
rm "$units/knead-neck.timer"

# With a user manager (a fake systemctl that records its argv), add enables the timer.
fakes="$SCRATCH/bin"
mkdir -p "$fakes"
cat >"$fakes/systemctl" <<FAKE
#!/bin/sh
echo "\$*" >>"$SCRATCH/systemctl.log"
case "\$*" in *"enable --now knead-lower-back.timer"*)
  mkdir -p "$units/timers.target.wants"
  ln -sf "$timer" "$units/timers.target.wants/knead-lower-back.timer" ;;
esac
case "\$*" in *show*) echo "Mon 2030-01-07 06:45:00 UTC" ;; esac
FAKE
chmod +x "$fakes/systemctl"
export PATH="$fakes:$PATH_WITHOUT_FAKES"
run_knead remind add --at 06:45
expect_code 0 "remind add with a user manager"
expect_eq "$(head -2 "$SCRATCH/systemctl.log")" "--user daemon-reload
--user enable --now knead-lower-back.timer" "systemctl calls"
expect_contains "$out" "Reminder set: lower-back at 06:45 daily" "remind add"
run_knead remind list
expect_contains "$out" "Mon 2030-01-07 06:45:00 UTC" "remind list next run"
expect_contains "$out" "yes" "remind list enabled"

run_knead remind remove lower-back
expect_code 0 "remind remove"
expect_contains "$(cat "$SCRATCH/systemctl.log")" "--user disable --now knead-lower-back.timer" "remove disables"
expect_eq "$(cd "$units" && find . | sort | tr '\n' ' ')" ". ./mine.service ./timers.target.wants " "what remove leaves"

run_knead remind remove lower-back
expect_code 1 "remind remove twice"
expect_contains "$err" "there is no reminder for lower-back" "remind remove twice"

run_knead remind list
expect_eq "$out" "No reminders. Add one with: knead remind add --at 08:30" "empty list"

finish
