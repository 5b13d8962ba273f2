#!/usr/bin/env bash
# Times `knead due` and `knead stats` over ten years of daily sessions (3,650 sessions,
# 14,600 steps), against the 20 ms target of docs/performance.md.
#   bench/history_bench.sh [KNEAD_BINARY] [RUNS]
# Default binary: build/release/src/knead (cmake --preset release && cmake --build --preset release).
# Needs sqlite3. Works in a scratch XDG_STATE_HOME; your own history is not touched.
set -euo pipefail
cd "$(dirname "$0")/.."
knead=$(realpath "${1:-build/release/src/knead}")
runs=${2:-50}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/knead-bench.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_STATE_HOME="$scratch/state" XDG_CONFIG_HOME="$scratch/config"
export LC_ALL=C.UTF-8

# One real session (safety questions all answered "no") creates the file with the
# current schema...
"$knead" questions lower-back --template |
  sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' >"$scratch/answers.toml"
"$knead" run lower-back --answers "$scratch/answers.toml" --plain --speed 1000 \
  --pain-before 6 --pain-after 4 >/dev/null </dev/null
db="$XDG_STATE_HOME/knead/history.db"
# ...then ten years of one completed session a day at 08:00 UTC, ending yesterday,
# with pain slowly easing, each with the routine's four steps.
sqlite3 "$db" <<'SQL'
WITH RECURSIVE day(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM day WHERE n < 3650)
INSERT INTO sessions (routine_id, routine_title, routine_hash, started_at, ended_at, outcome,
                      active_s, pain_before, pain_after, screening, pid, process_start)
SELECT 'lower-back', 'Lower back', 'a6b2eb48c37ba801',
       strftime('%Y-%m-%dT08:00:00Z', 'now', '-' || n || ' days'),
       strftime('%Y-%m-%dT08:23:10Z', 'now', '-' || n || ' days'),
       'completed', 1390, 3 + n % 5, 2 + n % 4, 'clear', 1, ''
FROM day;
INSERT INTO steps (session_id, step, title, planned_s, actual_s, sides)
SELECT s.id, k.step, k.title, k.planned, k.planned, k.sides
FROM sessions s,
     (SELECT 1 AS step, 'Paraspinal muscles' AS title, 160 AS planned, 'together' AS sides
      UNION ALL SELECT 2, 'Hip points', 160, 'together'
      UNION ALL SELECT 3, 'Buttocks', 160, 'together'
      UNION ALL SELECT 4, 'Ice', 900, 'none') k
WHERE s.id > 1;
SQL
echo "history: $(sqlite3 "$db" 'SELECT count(*) FROM sessions') sessions," \
  "$(sqlite3 "$db" 'SELECT count(*) FROM steps') steps, $(du -k "$db" | cut -f1) KiB"

# time_command LABEL ARGS...: RUNS runs; the median and minimum of the wall time and
# of the CPU time (user + system). On a busy machine the CPU time is the steadier
# figure: wall time also counts waiting for a core.
time_command() {
  local label=$1
  shift
  local TIMEFORMAT='%3R %3U %3S'
  for _ in $(seq "$runs"); do
    { time "$knead" "$@" >/dev/null 2>&1 || true; } 2>&1 | tail -n 1
  done >"$scratch/times"
  # median_min COLUMN-EXPRESSION: "median min" in ms of that awk expression.
  median_min() {
    awk "{ print ($1) * 1000 }" "$scratch/times" | sort -n |
      awk '{ t[NR] = $1 } END { printf "%5.1f ms, min %5.1f ms", t[int(NR / 2) + 1], t[1] }'
  }
  printf '%-26s wall: median %s   cpu: median %s   (%d runs)\n' "$label" "$(median_min '$1')" \
    "$(median_min '$2 + $3')" "$runs"
}

time_command "knead --version" --version
time_command "knead due lower-back" due lower-back --quiet
time_command "knead due (any routine)" due --quiet
time_command "knead stats" stats
time_command "knead stats --json" stats --json
time_command "knead log --limit 10" log --limit 10
time_command "knead log --json (all)" log --json
