#!/usr/bin/env bash
# Measures a real-time session against the targets in DESIGN.md. Runs the 24-second
# timing routine (bench/timing.toml) at speed 1 twice at once: in plain mode with no
# terminal, and on the live screen inside a private tmux server, paused for two
# seconds along the way. Prints the worst event error (wall_ms - t_ms), CPU time,
# wake-ups and peak RSS of each run, each next to its target.
#
#   bench/session.sh [KNEAD]     (default: build/release/src/knead, else build/dev)
#
# The runs use --no-history (no pain questions, no database: the timer is measured,
# not SQLite) and answer every safety question "no" from a file. Extra `knead run`
# options go in KNEAD_BENCH_ARGS.
# Needs jq and tmux; reads /proc, so Linux only. Not part of the test suite.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
knead=${1:-}
if [ -z "$knead" ]; then
  knead=$here/../build/release/src/knead
  [ -x "$knead" ] || knead=$here/../build/dev/src/knead
fi
knead=$(realpath "$knead")
routine=$here/timing.toml
work=$(mktemp -d)
socket="knead-bench-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null; [ -n "${KNEAD_BENCH_KEEP:-}" ] || rm -rf "$work"' EXIT
export XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config
# The safety questions, all answered "no" (screening is not what is measured).
"$knead" questions "$routine" --template |
  sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$work/answers.toml"
read -r -a extra <<<"--no-history --answers $work/answers.toml ${KNEAD_BENCH_ARGS:-}"

# sample PID FILE: until PID exits, appends a line every 0.1 s to FILE:
# monotonic_ns cpu_ns voluntary_switches involuntary_switches peak_rss_kb.
sample() {
  local pid=$1 file=$2 now cpu vol invol hwm
  while [ -r "/proc/$pid/schedstat" ]; do
    now=$(awk '{printf "%.0f", $1 * 1e9}' /proc/uptime)
    read -r cpu _ </proc/"$pid"/schedstat 2>/dev/null || break
    vol=$(awk '/^voluntary_ctxt_switches/ {print $2}' /proc/"$pid"/status 2>/dev/null) || break
    invol=$(awk '/^nonvoluntary_ctxt_switches/ {print $2}' /proc/"$pid"/status 2>/dev/null) || break
    hwm=$(awk '/^VmHWM/ {print $2}' /proc/"$pid"/status 2>/dev/null) || break
    [ -n "$hwm" ] && echo "$now $cpu $vol $invol $hwm" >>"$file"
    sleep 0.1
  done
}

# Plain mode, no terminal at all.
"$knead" run "$routine" --plain --no-bell --events "$work/plain.jsonl" "${extra[@]}" \
  </dev/null >"$work/plain.out" 2>&1 &
plain_pid=$!
sample "$plain_pid" "$work/plain.sample" &

# The live screen in a 100x30 terminal, paused from 5 s to 7 s.
tmux -L "$socket" -f /dev/null new-session -d -x 100 -y 30 \
  "exec '$knead' run '$routine' --no-bell --events '$work/live.jsonl' ${extra[*]}"
live_pid=$(tmux -L "$socket" display-message -p '#{pane_pid}')
sample "$live_pid" "$work/live.sample" &
sleep 5
tmux -L "$socket" send-keys Space
sleep 2
tmux -L "$socket" send-keys Space

wait "$plain_pid" || true
while kill -0 "$live_pid" 2>/dev/null; do sleep 0.2; done
wait

# report NAME EVENTS SAMPLES: the figures of one run. Steady-state CPU and wake-ups
# are taken between the sample 2 s in and the last one, so process start-up (loading
# libraries and routines) does not count as timer cost; total CPU includes it.
report() {
  local name=$1 events=$2 samples=$3 worst median
  worst=$(jq -s 'map(.wall_ms - .t_ms) | max' "$events")
  median=$(jq -s 'map(.wall_ms - .t_ms) | sort | .[length / 2 | floor]' "$events")
  awk -v name="$name" -v worst="$worst" -v median="$median" '
    NR == 1 { t0 = $1 }
    !steady && $1 - t0 >= 2e9 { steady = 1; st = $1; scpu = $2; svol = $3 }
    { t = $1; cpu = $2; vol = $3; invol = $4; hwm = $5 }
    END {
      span = (t - st) / 1e9
      printf "%-5s event error, wall_ms - t_ms: worst %d ms, median %d ms   target <= 2 ms\n", name, worst, median
      printf "%-5s CPU in all (start-up included)  %7.1f ms            target < 40 ms per 20 s session\n", name, cpu / 1e6
      printf "%-5s CPU per minute, steady state    %7.1f ms            target < 10 ms (20 ms per 2-minute hold)\n", name, (cpu - scpu) / 1e6 * 60 / span
      printf "%-5s wake-ups per second             %7.2f               target <= about 1\n", name, (vol - svol) / span
      printf "%-5s preemptions (involuntary)       %7d               (machine load, not knead)\n", name, invol
      printf "%-5s peak RSS                        %7.1f MB            target < 5 MB\n", name, hwm / 1024
    }' "$samples"
}

echo "knead session benchmark: $(basename "$routine") at speed 1; $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "binary: $knead"
report plain "$work/plain.jsonl" "$work/plain.sample"
report live "$work/live.jsonl" "$work/live.sample"
[ -n "${KNEAD_BENCH_KEEP:-}" ] && echo "files kept in $work"
