# Every screening rule of docs/safety.md, from the table the unit test also runs
# through screening::evaluate (tests/data/screening_rules.txt), through the binary: an
# answers file with the rule's ids "yes" and the rest "no" (or the yes ids alone), the
# outcome the history keeps (or the tier of the screening_stop event), and the steps
# skipped or swapped; an incomplete file without a stop is a usage error, and a routine
# reusing a built-in id is refused by `knead check`.
. "$(dirname "$0")/lib.sh"

events="$SCRATCH/events.jsonl"
rules=0
while IFS='|' read -r routine yes outcome changes only; do
  case "$routine" in '#'* | '') continue ;; esac
  routine=$(printf '%s' "$routine" | xargs)
  outcome=$(printf '%s' "$outcome" | xargs)
  changes=$(printf '%s' "$changes" | xargs)
  only=$(printf '%s' "$only" | xargs)
  case "$routine" in *.toml) routine="$KNEAD_SOURCE_DIR/tests/data/$routine" ;; esac
  label="$(basename "$routine") [$(printf '%s' "$yes" | xargs)]${only:+ (only these)}"
  rules=$((rules + 1))
  if [ "$outcome" = reused-id ]; then
    run_knead check --format short "$routine"
    expect_code 1 "$label"
    expect_contains "$err" "is the id of one of knead's own safety questions" "$label"
    continue
  fi
  answers="$SCRATCH/answers.toml"
  if [ "$only" = only ]; then
    : >"$answers"
  else
    cp "$(all_no_answers "$routine")" "$answers"
  fi
  for id in $yes; do
    if grep -q "^$id = false\$" "$answers"; then
      sed -i "s/^$id = false\$/$id = true/" "$answers"
    else
      echo "$id = true" >>"$answers" # a group's id
    fi
  done
  rm -f "$events"
  run_knead run "$routine" --plain --speed 1000 --events "$events" --answers "$answers"
  case "$outcome" in
  missing-answers)
    expect_code 2 "$label"
    expect_contains "$err" "missing answers for" "$label"
    continue
    ;;
  stop-*)
    expect_code 3 "$label"
    expect_eq "$(jq -r 'select(.event == "screening_stop") | .tier' "$events")" "$outcome" "$label: the tier"
    ;;
  *)
    expect_code 0 "$label"
    expect_eq "$("$KNEAD" log --json --limit 1 | jq -r '.[0].screening')" "$outcome" "$label: the outcome"
    ;;
  esac
  expect_eq "$(jq -r '(select(.event == "step_skipped" and .reason != "next") | "\(.step):\(.reason)"),
                      (select(.event == "alternative") | "\(.step)~\(.reason)")' "$events" 2>/dev/null |
    sort -n | paste -sd ' ')" "$changes" "$label: the steps changed"
done <"$KNEAD_SOURCE_DIR/tests/data/screening_rules.txt"
checks=$((checks + 1))
[ "$rules" -ge 35 ] || fail "expected at least 35 rules, ran $rules"

finish
