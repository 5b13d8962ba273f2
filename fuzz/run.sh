#!/usr/bin/env bash
# Runs every fuzz target for a bounded time over its seed corpus.
#   fuzz/run.sh [SECONDS_EACH]   (default 60)
# Build first: cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_all
# New inputs that grow coverage go to a scratch folder, not into the repo; a crash
# leaves its reproducer in build/fuzz/crashes/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
bin=build/fuzz/fuzz
crashes=build/fuzz/crashes
mkdir -p "$crashes"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

status=0
for target in "$bin"/fuzz_*; do
  name=$(basename "$target")
  corpus=fuzz/corpus/${name#fuzz_}
  extra=()
  # The shipped routines are good seeds for the loader.
  [ "$name" = fuzz_routine ] && extra=(routines)
  mkdir -p "$scratch/$name"
  echo "== $name for ${seconds}s (seeds: $corpus)"
  if ! "$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$crashes/$name-" -print_final_stats=1 \
      "$scratch/$name" "$corpus" "${extra[@]}" 2>"$scratch/$name.log"; then
    tail -n 40 "$scratch/$name.log"
    echo "FAILED: $name; its reproducer is in $crashes/. Once fixed, copy it into $corpus/" \
      "so the suite replays it (fuzz_replay.${name#fuzz_})."
    status=1
  else
    grep -E '^(stat::number_of_executed_units|Done)' "$scratch/$name.log" || true
  fi
done
exit $status
