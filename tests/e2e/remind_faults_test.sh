# Reminders when their tools or folder fail: a hung notify-send or systemctl is given
# a time limit and one sentence; two `remind add` at once never mix their units; a
# folder that cannot be read or changed is an error (exit 1), never "No reminders" or a
# silent success. Also `remind list --json`, a replaced schedule said, and --cron's
# line said to be the person's.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/bin"
mkdir -p "$fakes"
units="$XDG_CONFIG_HOME/systemd/user"
export PATH="$fakes:$PATH"

# remind list --json, and a schedule replaced.
run_knead remind list --json
expect_code 0 "list --json, no reminders"
expect_eq "$out" "[]" "list --json, no reminders"
run_knead remind add --at 08:30 --no-enable
expect_code 0 "add"
expect_not_contains "$out" "Replaced" "a first reminder replaces nothing"
run_knead remind add --at 09:15 --days weekdays --no-enable
expect_contains "$out" "Replaced the reminder for lower-back (08:30 daily)." "add says what it replaced"
run_knead remind list --json
expect_eq "$out" '[{"routine":"lower-back","schedule":"09:15 mon-fri","timer":"knead-lower-back.timer","enabled":false,"next_run":null}]' \
  "list --json"

# --cron: the line on stdout, and on stderr that it is the person's to manage.
run_knead remind add --at 08:30 --cron
expect_code 0 "--cron"
expect_eq "$err" "knead: add this line with 'crontab -e'; it is yours to keep or remove there ('knead remind list' and 'remove' manage only systemd timers)" \
  "--cron says the line is the person's"

# A hung systemctl: remind add stops waiting after 10 seconds, says so, and says how
# to enable the reminder later.
printf '#!/bin/sh\nexec sleep 600\n' >"$fakes/systemctl"
chmod +x "$fakes/systemctl"
start=$(date +%s)
run_knead remind add --at 07:00
took=$(($(date +%s) - start))
expect_code 0 "add with a hung systemctl"
expect_contains "$err" "knead: warning: systemctl --user did not answer within 10 seconds; stopped waiting" \
  "a hung systemctl is said"
expect_contains "$err" "systemctl --user enable --now knead-lower-back.timer" "how to enable it later"
checks=$((checks + 1))
[ "$took" -lt 30 ] || fail "remind add waited ${took}s for a hung systemctl"
checks=$((checks + 1))
pgrep -f "sleep 600" >/dev/null && fail "the hung systemctl was left running"
rm "$fakes/systemctl"

# A hung notify-send: knead notify stops after 5 seconds with one sentence, exit 1.
printf '#!/bin/sh\nexec sleep 601\n' >"$fakes/notify-send"
chmod +x "$fakes/notify-send"
start=$(date +%s)
DBUS_SESSION_BUS_ADDRESS="unix:path=$SCRATCH/bus" run_knead notify
took=$(($(date +%s) - start))
expect_code 1 "notify with a hung notify-send"
expect_eq "$err" "knead: error: cannot show a notification: notify-send did not finish within 5 seconds (no notification server answered)" \
  "a hung notify-send"
checks=$((checks + 1))
[ "$took" -lt 20 ] || fail "notify waited ${took}s for a hung notify-send"
checks=$((checks + 1))
pgrep -f "sleep 601" >/dev/null && fail "the hung notify-send was left running"
rm "$fakes/notify-send"

# Two remind add at once, twenty times: every one succeeds, and the timer and the
# service always come from the same one.
for round in $(seq 1 20); do
  "$KNEAD" remind add --at 06:00 --no-enable >/dev/null 2>"$SCRATCH/a.err" &
  a=$!
  "$KNEAD" remind add --at 18:00 --no-enable >/dev/null 2>"$SCRATCH/b.err" &
  b=$!
  wait "$a" || fail "round $round: the first add failed: $(cat "$SCRATCH/a.err")"
  wait "$b" || fail "round $round: the second add failed: $(cat "$SCRATCH/b.err")"
  checks=$((checks + 1))
  [ "$(head -n 1 "$units/knead-lower-back.timer")" = "$(head -n 1 "$units/knead-lower-back.service")" ] ||
    fail "round $round: the timer and the service come from different invocations"
done
checks=$((checks + 1))
leftover=$(find "$units" -maxdepth 1 -name '.knead-*')
[ -z "$leftover" ] || fail "temporary files left behind: $leftover"

# A file in place of the folder: list and remove say so and exit 1.
mv "$units" "$SCRATCH/units.aside"
echo "in the way" >"$units"
run_knead remind list
expect_code 1 "list, a file in place of the folder"
expect_eq "$err" "knead: error: cannot read the reminders in $units: Not a directory" "list, a file in place"
run_knead remind remove
expect_code 1 "remove, a file in place of the folder"
rm "$units"
mv "$SCRATCH/units.aside" "$units"

# A folder that cannot be changed: remove deletes nothing and says so (exit 1). chmod
# does not stop root, so as root this runs as nobody (as unreadable_folder does).
as_user=()
if [ "$(id -u)" -eq 0 ]; then
  as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups --)
  cp "$KNEAD" "$SCRATCH/knead" && KNEAD=$SCRATCH/knead
  chown -R nobody "$SCRATCH" && chmod 755 "$SCRATCH"
fi
if "${as_user[@]}" test -x "$KNEAD"; then
  chmod 555 "$units"
  out=$("${as_user[@]}" "$KNEAD" remind remove 2>"$SCRATCH/stderr")
  code=$?
  err=$(cat "$SCRATCH/stderr")
  expect_code 1 "remove in a read-only folder"
  expect_eq "$err" "knead: error: cannot delete $units/knead-lower-back.timer: Permission denied" \
    "remove in a read-only folder"
  checks=$((checks + 1))
  [ -e "$units/knead-lower-back.timer" ] || fail "the timer went in a read-only folder"
  chmod 000 "$units"
  out=$("${as_user[@]}" "$KNEAD" remind list 2>"$SCRATCH/stderr")
  code=$?
  err=$(cat "$SCRATCH/stderr")
  expect_code 1 "list of an unreadable folder"
  expect_eq "$err" "knead: error: cannot read the reminders in $units: Permission denied" \
    "list of an unreadable folder"
  chmod 755 "$units"
else
  echo "SKIPPED the read-only folder: running as root, and nobody cannot run $KNEAD" >&2
fi

finish
