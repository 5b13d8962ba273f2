# Plain mode, the screen-reader mode, carries what the live screen shows, as lines in
# the order a reader meets them: for every built-in routine, each step's title, where,
# how and the pressing guidance, its `before` prompt first, its cues as each hold (or
# first circle) starts on each side, the phases, and the cautions screening adds.
. "$(dirname "$0")/lib.sh"

# expect_in_order FILE LABEL LINE...: each LINE is a whole line of FILE, after the
# one before it (lines are compared without the "[m:ss] " time in front).
expect_in_order() {
  local file=$1 label=$2 at=0 found
  shift 2
  for wanted in "$@"; do
    checks=$((checks + 1))
    found=$(sed 's/^\[[0-9:]*\] //' "$file" | awk -v want="$wanted" -v from="$at" \
      'NR > from && $0 == want { print NR; exit }')
    if [ -z "$found" ]; then
      fail "$label: no line '$wanted' after line $at of: $(cat "$file")"
      return
    fi
    at=$found
  done
}

for id in $("$KNEAD" list --json | jq -r '.[] | select(.origin == "built-in") | .id'); do
  json=$("$KNEAD" show "$id" --json)
  count=$(jq '.steps | length' <<<"$json")
  # The lines each step must bring, in order, built from `show --json`.
  expected=()
  for ((i = 0; i < count; i++)); do
    step=$(jq -c ".steps[$i]" <<<"$json")
    n=$((i + 1))
    before=$(jq -r .before <<<"$step")
    [ -n "$before" ] && expected+=("before step $n: $before (starting in 0:10)")
    title=$(jq -r .title <<<"$step")
    case $(jq -r .kind <<<"$step") in
    press | reps | roll) expected+=("step $n/$count: $title - Firm but comfortable; ease off if it hurts or tingling spreads.") ;;
    *) expected+=("step $n/$count: $title") ;;
    esac
    where=$(jq -r .where <<<"$step")
    [ -n "$where" ] && expected+=("  where: $where")
    how=$(jq -r .how <<<"$step")
    [ -n "$how" ] && expected+=("  how: $how")
    sides=1
    [ "$(jq -r .sides <<<"$step")" = "left-then-right" ] && sides=2
    for ((side = 0; side < sides; side++)); do
      while IFS= read -r cue; do
        [ -n "$cue" ] && expected+=("  cue: $cue")
      done < <(jq -r '.cues[]' <<<"$step")
      [ "$(jq -r .release_s <<<"$step")" -gt 0 ] && expected+=("  release gradually$([ "$sides" = 2 ] && { [ "$side" = 0 ] && echo " (left side)" || echo " (right side)"; }) 0:$(printf '%02d' "$(jq -r .release_s <<<"$step")")")
    done
    expected+=("  done: $title")
  done
  expected+=("session complete")

  # Cleared for back-points' hip-bone points, so that every step runs.
  answers=$(all_no_answers "$id")
  sed -i 's/^hip_points_cleared = false$/hip_points_cleared = true/' "$answers"
  run_knead run "$id" --plain --speed 1000 --answers "$answers" --no-history
  expect_code 0 "run $id --plain"
  printf '%s\n' "$out" >"$SCRATCH/$id.txt"
  expect_in_order "$SCRATCH/$id.txt" "$id" "${expected[@]}"
done

# The ice step's safety text is among them, word for word.
run_knead run lower-back --plain --speed 1000 --answers "$(all_no_answers lower-back)" --no-history
expect_contains "$out" "Take it off if the skin goes numb" "lower-back: the ice step's how"

# A caution from screening comes as a line just before its step.
answers=$(all_no_answers lower-back)
sed -i 's/^bleeding = false$/bleeding = true/' "$answers"
run_knead run lower-back --plain --speed 1000 --answers "$answers" --no-history
expect_code 0 "run lower-back with a caution"
printf '%s\n' "$out" >"$SCRATCH/caution.txt"
caution=$(sed -n 's/^\[0:00\] \(caution for step 1: .*\)$/\1/p' "$SCRATCH/caution.txt")
expect_contains "$caution" "caution for step 1: " "the caution line"
expect_in_order "$SCRATCH/caution.txt" "caution" "$caution" \
  "step 1/4: Paraspinal muscles - Firm but comfortable; ease off if it hurts or tingling spreads."

finish
