# The TOML examples in docs/routine-format.md are real: every one passes check, except
# the last, the broken draft, whose messages the page quotes.
. "$(dirname "$0")/lib.sh"

awk -v dir="$SCRATCH" '
  /^```toml$/ { n++; file = dir "/example" n ".toml"; inside = 1; next }
  /^```$/ && inside { inside = 0; close(file); next }
  inside { print > file }
' "$KNEAD_SOURCE_DIR/docs/routine-format.md"

count=$(ls "$SCRATCH"/example*.toml | wc -l)
checks=$((checks + 1))
[ "$count" -ge 4 ] || fail "expected at least 4 examples, found $count"

last="$SCRATCH/example$count.toml"
for file in "$SCRATCH"/example*.toml; do
  [ "$file" = "$last" ] && continue
  run_knead check "$file"
  expect_code 0 "example $(basename "$file")"
done

run_knead check "$last"
expect_code 1 "the broken draft"
quoted=$(awk '/^typos.toml:[0-9]/,/errors? in typos.toml$/' "$KNEAD_SOURCE_DIR/docs/routine-format.md")
expect_eq "$(printf '%s\n' "$err" | sed "s|$last|typos.toml|g")" "$quoted" "the quoted messages"

finish
