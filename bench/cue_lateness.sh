#!/usr/bin/env bash
# Cue lateness at speed 1: how long after its planned moment each cue's player started
# (`wall_ms - t_ms` of the `cue` events of `--events`).
#
#   bench/cue_lateness.sh KNEAD ROUTINE WORK   prints "CHIME_P99 SPEECH_P99 COUNT"
#
# The session runs with --voice and --sound chime. Speech is rendered by the real
# espeak-ng when it is installed (by a stand-in that writes silence of about the same
# length otherwise); the player is a stand-in pw-play that "plays" each WAV file for its
# length (these machines have no sound card), so speech keeps its real lengths and the
# queue its real work. Counted: every chime, and for speech the first moment at each
# planned time (readings and the lines queued behind another at the same moment are
# late by design: they wait for the one before them).
set -euo pipefail
knead=$1 routine=$2 work=$3
fakes=$work/cue-fakes
mkdir -p "$fakes"
cat >"$fakes/pw-play" <<'FAKE'
#!/bin/bash
# Plays for the length of a 16-bit mono WAV of 22050 samples a second.
bytes=$(stat -c %s "${@: -1}")
sleep "$(awk -v b="$bytes" 'BEGIN { printf "%.3f", (b - 44) / 44100 }')"
FAKE
if ! command -v espeak-ng >/dev/null; then
  cat >"$fakes/espeak-ng" <<'FAKE'
#!/bin/bash
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do [ "${args[i]}" = "-w" ] && wav=${args[i + 1]}; done
words=$(wc -w <<<"${args[-1]}")
{ printf 'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x22\x56\x00\x00\x44\xac\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00'
  head -c $((words * 15000)) /dev/zero; } >"$wav"
FAKE
fi
chmod +x "$fakes"/*
"$knead" questions "$routine" --template | sed -n 's/^# \([A-Za-z0-9_-]*\) = $/\1 = false/p' \
  >"$work/cue-answers.toml"
PATH="$fakes:$PATH" "$knead" run "$routine" --plain --no-history --voice --sound chime \
  --answers "$work/cue-answers.toml" --events "$work/cues.jsonl" </dev/null >/dev/null 2>&1
jq -rs '
  def p99: sort | if length == 0 then "none" else .[((length - 1) * 0.99 | floor)] end;
  def moments: ["session", "step", "side", "press", "hold", "halfway", "ten_seconds", "count",
                "release", "side_switch", "skin", "pack_off", "paused", "resumed", "end"];
  [.[] | select(.event == "cue")] as $cues
  | ($cues | map(select(.kind == "chime")) | map(.wall_ms - .t_ms) | p99) as $chimes
  | ($cues | map(select(.kind as $k | moments | index($k))) | group_by(.t_ms)
      | map(min_by(.wall_ms)) | map(.wall_ms - .t_ms) | p99) as $speech
  | "\($chimes) \($speech) \($cues | length)"' "$work/cues.jsonl"
