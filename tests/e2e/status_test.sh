# `knead status`: one short line naming the routines whose reminder has fired today
# and that are not done yet, nothing when nothing is due; --json for bars.
. "$(dirname "$0")/lib.sh"

run_knead status
expect_code 0 "status, no reminders"
expect_eq "$out$err" "" "status with no reminders says nothing"
run_knead status --json
expect_eq "$out" '{"due":[]}' "status --json with no reminders"

# A reminder at midnight every day has always fired by now.
run_knead remind add --at 00:00 --no-enable
expect_code 0 "remind add"
run_knead status
expect_code 0 "status, a reminder due"
expect_eq "$out" "knead: lower-back due since 00:00" "status names the routine due"
expect_eq "$err" "" "status, a reminder due: stderr"
run_knead status --json
expect_eq "$out" '{"due":[{"routine":"lower-back","since":"00:00"}]}' "status --json"

# A reminder on another day of the week only is not due today.
days=(mon tue wed thu fri sat sun)
tomorrow=${days[$(date +%u) % 7]}
quick_routine morning >/dev/null
run_knead remind add morning --at 00:00 --days "$tomorrow" --no-enable
expect_code 0 "remind add for tomorrow"
run_knead status
expect_eq "$out" "knead: lower-back due since 00:00" "a reminder of another day is not due"

# Once done today, nothing is due.
answers=$(quick_routine lower-back)
run_knead run lower-back --answers "$answers" --plain
expect_code 0 "a completed session"
run_knead status
expect_code 0 "status, done"
expect_eq "$out$err" "" "status says nothing once the routine is done"
run_knead status --json
expect_eq "$out" '{"due":[]}' "status --json once done"

finish
