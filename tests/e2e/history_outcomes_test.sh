# Honest outcomes through a real terminal (tmux): a session whose every step the
# person skipped reaches its end as `partial` and `due` stays 0; the time paused is
# not working time.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/tmux_lib.sh"

quick=$(quick_routine quick)
tmux_start

# Skip both steps (n, n): the end is reached, no working time is done.
run_live run quick --answers "$quick" --pain-before 4 --pain-after 4
expect_screen "Paraspinal muscles" "the first step"
keys n
expect_screen "Hip points" "the second step"
keys n
expect_exit 0 "skip everything"
expect_screen "Session complete: 0 of 2 steps done, 2 skipped" "the summary"
run_knead log --json
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.outcome, .steps_done, .steps_skipped, .counted]')" \
  '["partial",0,2,false]' "skipped everything: partial"
run_knead due quick
expect_code 0 "due after a partial session"
run_knead stats --json
expect_eq "$(printf '%s' "$out" | jq -c '[.sessions_total, .current_streak]')" "[0,0]" \
  "stats after a partial session"

# Pause in the first hold for about a second: the working time is still the plan's
# three seconds, the session time is longer.
run_live run quick --answers "$quick" --pain-before 4 --pain-after 3
expect_screen "Paraspinal muscles" "the first step"
keys Space
expect_screen "PAUSED" "paused"
sleep 1 # the pause itself is what is measured here
keys Space
expect_exit 0 "with a pause"
run_knead log --json --limit 1
expect_eq "$(printf '%s' "$out" | jq -c '.[0] | [.outcome, .minutes, .planned_minutes]')" \
  '["completed",0.1,0.1]' "a paused session"
expect_eq "$(sqlite3 "$XDG_STATE_HOME/knead/history.db" \
  "SELECT working_s = planned_s AND active_s > working_s FROM sessions ORDER BY id DESC LIMIT 1")" \
  "1" "working time leaves out the pause"
run_knead due quick
expect_code 1 "due after a completed session"
finish
