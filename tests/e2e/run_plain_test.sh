# `knead run --plain` without a terminal: the whole default routine at --speed 600,
# the events file, the lead-in before a `before` prompt, exit codes and usage errors.
. "$(dirname "$0")/lib.sh"

# Options every non-interactive run needs: answers to the safety questions, all "no".
run_args=(--plain --speed 600 --answers "$(all_no_answers lower-back)")

events="$SCRATCH/events.jsonl"
run_knead run lower-back "${run_args[@]}" --events "$events"
expect_code 0 "run lower-back"
expect_contains "$out" "[0:00] step 1/4: Paraspinal muscles" "plain output"
expect_contains "$out" "before step 4: Wrap an ice pack" "plain output"
expect_contains "$out" "(starting in 0:10)" "plain lead-in"
expect_contains "$out" "Session complete: 4 of 4 steps done, 0 skipped; 23:25 in all, 0:00 paused." \
  "summary"
expect_not_contains "$out" $'\e[' "plain output"

steps=$(jq -r 'select(.event == "step_start") | .title' "$events" | paste -sd '|')
expect_eq "$steps" "Paraspinal muscles|Hip points|Buttocks|Ice" "steps in order"
last=$(tail -n 1 "$events")
expect_eq "$(jq -r .event <<<"$last")" "session_end" "last event"
expect_eq "$(jq -r '.t_ms >= 21 * 60000' <<<"$last")" "true" "last t_ms >= 21 minutes"
expect_eq "$(jq -r .t_ms <<<"$last")" "1405000" "23 minutes, 15 s of get-ready and the 10 s lead-in"
expect_eq "$(jq -r 'select(.event == "hold") | .t_ms' "$events" | paste -sd ' ')" \
  "15000 180000 345000 505000" "hold starts"
expect_eq "$(jq -s 'map(select(.wall_ms < 0 or .t_ms < 0)) | length' "$events")" "0" "times"
expect_eq "$(jq -r 'keys_unsorted | join(",")' <<<"$(head -n 1 "$events")")" \
  "event,step,title,side,t_ms,wall_ms" "JSON fields"

# The default routine is lower-back; --from starts later.
run_knead run "${run_args[@]}" --from 4 --events -
expect_code 0 "run --from 4"
expect_eq "$(jq -r 'select(.event == "step_start") | .step' <<<"$out" | paste -sd ' ')" "4" \
  "--from 4 runs step 4 only"
expect_contains "$err" "[0:00] starting: Lower back" "plain lines on stderr with --events -"

run_knead run "${run_args[@]}" --from 5
expect_code 2 "--from 5"
expect_contains "$err" "knead: error: --from 5 is not a step of this routine (it has 4 steps)"

for speed in 0 -1 1001 abc; do
  run_knead run --plain --speed "$speed"
  expect_code 2 "--speed $speed"
done

# SIGTSTP without a keyboard: paused while stopped, resumed on SIGCONT (nobody could
# press space), and the session still completes. A six-second hold at normal speed: a
# sped-up session could end before the signal reached it on a loaded machine.
mkdir -p "$XDG_CONFIG_HOME/knead/routines"
cat >"$XDG_CONFIG_HOME/knead/routines/six-seconds.toml" <<'TOML'
title = "Six seconds"
[[step]]
title = "Paraspinal muscles"
region = "lower-back"
where = "Both sides of the spine"
how = "Press with both thumbs"
hold = "6s"
TOML
# In a process group of its own under this shell (job control on): the kernel
# discards SIGTSTP's stop for an orphaned process group, which the test's would be
# when whatever started the suite has gone (a suite run in the background).
set -m
"$KNEAD" run six-seconds --plain --answers "$(all_no_answers six-seconds)" \
  --events "$SCRATCH/tstp.jsonl" </dev/null >/dev/null 2>&1 &
pid=$!
set +m
# Wait until the session has started (its handlers are in place) before stopping it:
# up to 20 s, as a sanitizer build on a loaded machine can take seconds to start.
for _ in $(seq 400); do
  grep -q session_start "$SCRATCH/tstp.jsonl" 2>/dev/null && break
  sleep 0.05
done
kill -TSTP "$pid"
# Continued only once it has really stopped (state T in /proc), so both signals count.
is_stopped() { [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" = T ]; }
checks=$((checks + 1))
within_5s is_stopped || fail "SIGTSTP without a keyboard: the process did not stop"
kill -CONT "$pid"
wait "$pid"
code=$?
expect_code 0 "run after SIGTSTP and SIGCONT"
expect_eq "$(jq -r 'select(.event == "paused" or .event == "resumed") | .event' \
  "$SCRATCH/tstp.jsonl" | paste -sd ' ')" "paused resumed" "SIGTSTP pauses, SIGCONT resumes"

run_knead run no-such-routine "${run_args[@]}"
expect_code 1 "unknown routine"

run_knead run "${run_args[@]}" --events "$SCRATCH/no/such/dir/events"
expect_code 1 "unwritable events file"
expect_contains "$err" "cannot write the events file"

finish
