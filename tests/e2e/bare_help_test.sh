# Bare `knead`: the commands and the routines found; --help on every command.
. "$(dirname "$0")/lib.sh"

run_knead
expect_code 0 "bare knead"
expect_contains "$out" "Commands:
  run " "commands"
expect_contains "$out" "Routines:
  back-points        7:35  Back points: six acupressure point groups, five slow…
  lower-back        23:15  (default) Lower back: paraspinals, hips, buttocks, t…
  tennis-ball-hips   4:10  Tennis ball on the hips: roll the gluteus medius, le…" "routines"
expect_contains "$out" "Start with 'knead run' (lower-back), or write your own with 'knead new NAME'." "start line"

mkdir -p "$XDG_CONFIG_HOME/knead/routines"
printf 'title = "Mine"\n[[step]]\ntitle = "S"\nregion = "hips"\nhold = "1m"\n' \
  >"$XDG_CONFIG_HOME/knead/routines/mine.toml"
printf 'broken' >"$XDG_CONFIG_HOME/knead/routines/zz-broken.toml"
run_knead
expect_contains "$out" "  mine               1:05  Mine" "user routine"
expect_contains "$out" "  zz-broken             -  does not load: see 'knead check zz-broken'" "broken routine"

# In the C locale the titles cut to fit 80 columns end in "...": every byte is ASCII.
LC_ALL=C run_knead
expect_contains "$out" "  lower-back        23:15  (default) Lower back: paraspinals, hips, buttocks,..." \
  "routines in the C locale"
checks=$((checks + 1))
! printf '%s%s' "$out" "$err" | LC_ALL=C grep -qaP '[\x80-\xff]' ||
  fail "bare knead in the C locale: a byte outside ASCII: $out"

for command in list show check new edit points; do
  run_knead "$command" --help
  expect_code 0 "$command --help"
  expect_contains "$out" "Usage: knead $command" "$command --help"
done
run_knead edit --help
expect_contains "$out" "The editor is \$VISUAL, else \$EDITOR, else editor or vi." "edit --help"

finish
