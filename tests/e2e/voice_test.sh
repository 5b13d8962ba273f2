# Guidance by ear, end to end: with fake espeak-ng, pw-play, paplay and aplay first on
# PATH (each logs its argv with a timestamp, the players while they "play" for 50 ms),
# lower-back, back-points and tennis-ball-hips say where and how, count the circles,
# say the cues, chime, and never run two speech players at once; with no player at
# all the terminal bell is written instead.
. "$(dirname "$0")/lib.sh"

fakes="$SCRATCH/fakes"
mkdir -p "$fakes"
log="$SCRATCH/players.log"
# espeak-ng -w FILE -- TEXT renders a WAV of 45 ms; without -w it "speaks" for 50 ms.
cat >"$fakes/espeak-ng" <<FAKE
#!/bin/bash
wav=""
args=("\$@")
for ((i = 0; i < \${#args[@]}; i++)); do
  [ "\${args[i]}" = "-w" ] && wav="\${args[i + 1]}"
done
if [ -n "\$wav" ]; then
  printf 'render\t%s\t%s\n' "\$wav" "\${args[-1]}" >>"$log"
  { printf 'RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00\x22\x56\x00\x00\x44\xac\x00\x00\x02\x00\x10\x00data\x00\x00\x00\x00'
    head -c 2000 /dev/zero; } >"\$wav"
  exit 0
fi
printf 'start\t%s\tespeak-ng\t%s\n' "\$(date +%s%N)" "\${args[-1]}" >>"$log"
sleep 0.05
printf 'end\t%s\tespeak-ng\t%s\n' "\$(date +%s%N)" "\${args[-1]}" >>"$log"
FAKE
for player in pw-play paplay aplay; do
  cat >"$fakes/$player" <<FAKE
#!/bin/bash
printf 'start\t%s\t$player\t%s\n' "\$(date +%s%N)" "\${@: -1}" >>"$log"
sleep 0.05
printf 'end\t%s\t$player\t%s\n' "\$(date +%s%N)" "\${@: -1}" >>"$log"
FAKE
done
chmod +x "$fakes"/*

# run_voice ROUTINE SPEED ARGS...: a plain session with the fakes alone on PATH (no real
# player of this machine is found); the events in $SCRATCH/ROUTINE.jsonl.
run_voice() {
  local routine=$1 speed=$2
  shift 2
  # A first run renders the phrases into the cache (on a loaded machine the 5 seconds
  # a session waits for them may not be enough); the second finds them all.
  PATH="$fakes" "$KNEAD" run "$routine" --plain --no-history --speed 1000 \
    --answers "$(all_no_answers "$routine")" "$@" >/dev/null 2>&1 </dev/null
  : >"$log"
  out=$(PATH="$fakes" "$KNEAD" run "$routine" --plain --no-history --speed "$speed" \
    --answers "$(all_no_answers "$routine")" --events "$SCRATCH/$routine.jsonl" "$@" \
    2>"$SCRATCH/stderr" </dev/null)
  code=$?
  err=$(cat "$SCRATCH/stderr")
  sleep 0.3 # the last player is not waited for
}

# cue_texts KIND: the text of every `cue` event of that kind, one a line.
cue_texts() {
  jq -r --arg kind "$1" 'select(.event == "cue" and .kind == $kind) | .text' "$SCRATCH/$routine.jsonl"
}

# no_overlap: the speech players' start/end pairs never overlap.
no_overlap() {
  awk -F'\t' '($1 == "start" || $1 == "end") && ($3 == "espeak-ng" || $4 ~ /speech-/) {
      if ($1 == "start") { if (open) { bad = 1 }; open = 1 } else { open = 0 }
    } END { exit bad }' "$log"
}

routine=lower-back
run_voice lower-back 100 --voice
expect_code 0 "lower-back with --voice"
expect_eq "$err" "" "lower-back: nothing on stderr"
expect_contains "$(cue_texts where)" "Both sides of the spine, just above the hip bones" "where is spoken"
expect_contains "$(cue_texts how)" "Press down and inward with both thumbs" "how is spoken"
expect_contains "$(cue_texts release)" "Release slowly" "release is spoken"
expect_contains "$(cue_texts before)" "Wrap an ice pack in a thin towel" "the before prompt is spoken"
expect_contains "$(cue_texts end)" "Session complete" "the end is spoken"
expect_contains "$(cue_texts chime)" "step_start" "the step start chimes"
expect_contains "$(cue_texts chime)" "release" "the release chimes"
expect_contains "$(cue_texts chime)" "end" "the end chimes"
expect_contains "$(cat "$log")" "pw-play	$XDG_RUNTIME_DIR/knead/chime-step_start.wav" "pw-play plays the chime"
# The warm-up run rendered the phrases; the measured one plays those files, not espeak-ng.
expect_contains "$(cat "$log")" "pw-play	$XDG_RUNTIME_DIR/knead/speech-" "phrases are rendered ahead and played"
checks=$((checks + 1))
no_overlap || fail "lower-back: two speech players ran at once: $(cat "$log")"
expect_eq "$(stat -c %a "$XDG_RUNTIME_DIR/knead")" "700" "the sound folder is private"
# Every cue event carries the player that started and when, and the events the file
# had keep their fields.
expect_eq "$(jq -r 'select(.event == "cue") | .player' "$SCRATCH/lower-back.jsonl" | sort -u | tr '\n' ' ')" \
  "pw-play " "cue events name the player"
expect_eq "$(jq -r 'select(.event == "cue" and (has("t_ms") and has("wall_ms") | not))' "$SCRATCH/lower-back.jsonl")" \
  "" "cue events carry t_ms and wall_ms"
expect_eq "$(tail -1 "$SCRATCH/lower-back.jsonl" | jq -r .event)" "session_end" "session_end stays last"

routine=back-points
run_voice back-points 10 --voice --from 7
expect_code 0 "back-points with --voice"
expect_eq "$(cue_texts count | tr '\n' ',')" "One,Two,Three,Four,Last one,One,Two,Three,Four,Last one,One,Two,Three,Four,Last one,One,Two,Three,Four,Last one," \
  "the circles are counted, each side"
expect_contains "$(cue_texts where)" "web" "back-points: where is spoken"
expect_contains "$(cue_texts side_switch)" "Switch to the right side" "the switch is spoken"
expect_contains "$(cue_texts chime)" "tick" "each circle ticks"
expect_eq "$(cue_texts chime | grep -c tick)" "20" "twenty ticks"
checks=$((checks + 1))
no_overlap || fail "back-points: two speech players ran at once"

routine=tennis-ball-hips
run_voice tennis-ball-hips 30 --voice
expect_code 0 "tennis-ball-hips with --voice"
expect_contains "$(cue_texts cue)" "Slow rolls, steady breathing." "the routine's cues are spoken"
expect_contains "$(cue_texts where)" "The back side of the hip" "tennis-ball-hips: where is spoken"
expect_contains "$(cue_texts chime)" "side_switch" "the side switch chimes"
checks=$((checks + 1))
no_overlap || fail "tennis-ball-hips: two speech players ran at once"

# Only espeak-ng: it speaks each line itself, one at a time; no chime, the bell instead.
rm "$fakes/pw-play" "$fakes/paplay" "$fakes/aplay"
routine=tennis-ball-hips
run_voice tennis-ball-hips 60 --voice
expect_code 0 "espeak-ng alone"
# (Its lengths are guessed from the words, too long at --speed 60 for the readings to
# fit between the moments: the moments are said.)
expect_contains "$(cue_texts hold)" "Roll for two minutes" "espeak-ng speaks the moments itself"
expect_eq "$(jq -r 'select(.event == "cue" and .kind != "bell") | .player' "$SCRATCH/tennis-ball-hips.jsonl" | sort -u)" \
  "espeak-ng" "espeak-ng is the only speech player"
expect_contains "$(cue_texts bell)" "" "the bell stands in for the chimes"
checks=$((checks + 1))
no_overlap || fail "espeak-ng alone: two at once"

# No player and no speech at all, on a terminal: the bell is written.
rm "$fakes/espeak-ng"
# (The last step of back-points: no `before` prompt waits for a key on that terminal.)
answers=$(all_no_answers back-points)
typescript=$(script -qec "env PATH=$fakes $KNEAD run back-points --from 8 --plain --no-history --speed 200 --answers $answers" /dev/null </dev/null)
checks=$((checks + 1))
case "$typescript" in
*$'\a'*) ;;
*) fail "no player: the bell should be written, got: $typescript" ;;
esac
expect_contains "$typescript" "session complete" "no player: the session runs"

# --sound off: no chime and no bell; --sound bell: the bell even with a player.
routine=tennis-ball-hips
run_voice tennis-ball-hips 200 --sound off
expect_eq "$(jq -r 'select(.event == "cue")' "$SCRATCH/tennis-ball-hips.jsonl")" "" "--sound off: no cue"
run_knead run tennis-ball-hips --sound loud
expect_code 2 "--sound loud"

finish
