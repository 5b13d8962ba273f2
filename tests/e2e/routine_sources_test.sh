# The built-in routines name the articles they come from in words a person can look
# up, not a folder of knead's own repository ("shared/seeds/000"), in `show` and in
# `show --json`.
. "$(dirname "$0")/lib.sh"
# Whole lines are checked here; wrapping at the width (COLUMNS, 80 by default) is
# checked in show_test.sh, screening_tty_test.sh and wrap_test.sh.
export COLUMNS=1000

for id in lower-back back-points tennis-ball-hips; do
  run_knead show "$id"
  expect_code 0 "show $id"
  source_line=$(printf '%s\n' "$out" | grep '^Source: ')
  expect_contains "$source_line" "acupressure" "show $id: the source names the article"
  expect_not_contains "$source_line" "seeds" "show $id: no folder of the repository"
  expect_not_contains "$source_line" "shared/" "show $id: no folder of the repository"
  run_knead show "$id" --json
  expect_not_contains "$(jq -r .source <<<"$out")" "seeds" "show $id --json"
done
run_knead show lower-back
expect_contains "$out" "Source: How-to article on acupressure points for back pain, with a Q&A by acupuncturist Peter D'Aquino" \
  "show lower-back: the source"

finish
